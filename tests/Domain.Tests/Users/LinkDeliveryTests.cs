using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>A linked person: replies go where they wrote from, other messages to the channel used last or chosen; erasure undoes the link.</summary>
public sealed class LinkDeliveryTests : LinkingTestsBase
{
    // ---- Where messages go ----

    [Fact]
    public void A_reply_goes_back_to_the_channel_the_person_wrote_from()
    {
        LinkedPair();

        Bot.Command(OnZalo, "/hoso");

        Assert.Equal([ProfileOf()], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Replies(OnTelegram));
        Assert.Equal((OnTelegram, (UserKey?)OnZalo), (Bot.Turns[^1].Input.From, Bot.Turns[^1].Input.Via));

        Bot.Command(OnTelegram, "/hoso");

        Assert.Equal([ProfileOf()], Bot.TextsTo(OnTelegram));
        Assert.Empty(Bot.Replies(OnZalo));
        Assert.Equal((OnTelegram, (UserKey?)null), (Bot.Turns[^1].Input.From, Bot.Turns[^1].Input.Via));
    }

    [Fact]
    public void Both_channels_share_one_session()
    {
        LinkedPair();
        Bot.Command(OnZalo, "/hoso");
        Bot.Replies(OnZalo);
        Bot.Press(OnZalo, "prof:field:Phone");
        Assert.Equal([Texts.AskPhone.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));

        Bot.Text(OnTelegram, "0912345678");

        Assert.Equal("+84912345678", Bot.MemberOf(OnTelegram)!.Phone);
        Assert.Null(Bot.SessionOf(OnZalo));
        Assert.Empty(Bot.Replies(OnZalo));
    }

    [Fact]
    public void A_broadcast_goes_to_the_channel_used_last()
    {
        LinkedPair();
        Bot.Command(OnZalo, "/hoso");

        var first = SendNotice();

        Assert.Equal([OnZalo], NoticeDeliveries(first));

        Bot.Command(OnTelegram, "/hoso");
        Bot.Now = Bot.Now.AddMinutes(1);

        var second = SendNotice();

        Assert.Equal([OnTelegram], NoticeDeliveries(second));
        Assert.Equal(new PreferredChannel(OnTelegram.ToString(), OnTelegram.ToString(), false), Bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
    }

    [Fact]
    public void An_approval_reaches_the_person_on_the_channel_used_last()
    {
        Registering.Complete(Bot, OnTelegram);
        Link(Bot, OnTelegram, OnZalo);
        Bot.Command(OnZalo, "/hoso");
        Bot.Replies(OnTelegram);
        Bot.Replies(OnZalo);

        Bot.Press(Organizer, "Duyệt");

        Assert.Equal(MemberStatus.Approved, Bot.MemberOf(OnTelegram)!.Status);
        Assert.Equal([Texts.YouWereApproved.Vi(Profile.Team(Lang.Vi))], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Replies(OnTelegram));
    }

    [Fact]
    public void An_approval_reaches_the_registered_channel_when_it_was_used_last()
    {
        Registering.Complete(Bot, OnTelegram);
        Link(Bot, OnTelegram, OnZalo);
        Bot.Command(OnZalo, "/hoso");
        Bot.Command(OnTelegram, "/hoso");
        Bot.Replies(OnTelegram);
        Bot.Replies(OnZalo);

        Bot.Press(Organizer, "Duyệt");

        Assert.Equal([Texts.YouWereApproved.Vi(Profile.Team(Lang.Vi))], Bot.TextsTo(OnTelegram));
        Assert.Empty(Bot.Replies(OnZalo));
    }

    [Fact]
    public void A_linked_person_is_shown_their_channels_with_a_choice_of_where_notices_go()
    {
        LinkedPair();

        Bot.Command(OnZalo, "/lienket");

        var shown = Bot.LastWithButtons(OnZalo);
        Assert.NotNull(shown);
        Assert.Equal(
            [$"link:via:{OnTelegram}", $"link:via:{OnZalo}", "link:via:last"],
            shown.AllButtons().Select(b => b.Data));
        Assert.Empty(Bot.Replies(OnTelegram));
    }

    [Fact]
    public void A_chosen_channel_gets_notices_even_when_the_other_was_used_last()
    {
        LinkedPair();
        Bot.Command(OnZalo, "/lienket");
        Bot.Replies(OnZalo);

        Bot.Press(OnZalo, $"link:via:{OnTelegram}");

        Assert.Equal([Texts.ReceiveViaSet.For(Lang.Vi, "Telegram").Value], Bot.TextsTo(OnZalo));
        Assert.Equal(new PreferredChannel(OnTelegram.ToString(), OnTelegram.ToString(), true), Bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));

        Bot.Command(OnZalo, "/hoso");
        var notice = SendNotice();

        Assert.Equal([OnTelegram], NoticeDeliveries(notice));
    }

    [Fact]
    public void Following_the_last_used_channel_again_after_a_choice()
    {
        LinkedPair();
        Bot.Command(OnZalo, "/lienket");
        Bot.Press(OnZalo, $"link:via:{OnTelegram}");
        Bot.Command(OnZalo, "/lienket");
        Bot.Replies(OnZalo);

        Bot.Press(OnZalo, "link:via:last");

        Assert.Equal([Texts.ReceiveViaSet.For(Lang.Vi, Texts.LastUsedChannel.For(Lang.Vi, "Zalo")).Value], Bot.TextsTo(OnZalo));
        var first = SendNotice();
        Assert.Equal([OnZalo], NoticeDeliveries(first));

        Bot.Command(OnTelegram, "/hoso");
        Bot.Now = Bot.Now.AddMinutes(1);
        var second = SendNotice();

        Assert.Equal([OnTelegram], NoticeDeliveries(second));
    }

    [Fact]
    public void A_forged_channel_choice_is_refused_and_changes_nothing()
    {
        LinkedPair();
        Bot.Command(OnZalo, "/lienket");
        Bot.Press(OnZalo, $"link:via:{OnTelegram}");
        var before = Bot.Store.Find<PreferredChannel>(OnTelegram.ToString());
        Bot.Replies(OnZalo);

        Bot.PressData(OnZalo, "link:via:telegram:999");

        Assert.Equal([Texts.ButtonExpired.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Equal(before, Bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
        Assert.Empty(Bot.Turns[^1].Changes.Upserts.OfType<PreferredChannel>());
        Assert.Null(Bot.Store.Find<PreferredChannel>("telegram:999"));
    }

    [Fact]
    public void A_broadcast_to_everyone_reaches_a_linked_person_once()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, OnZalo, MemberStatus.Approved, OtherName);
        Link(Bot, OnTelegram, OnZalo);

        var notice = SendNotice();

        Assert.Equal([OnTelegram.ToString()], notice.Recipients);
        Assert.Single(NoticeDeliveries(notice));
    }

    [Fact]
    public void A_broadcast_to_many_also_goes_to_the_channel_used_last()
    {
        LinkedPair();
        for (var i = 0; i < 25; i++)
        {
            Meetings.AddMember(Bot, new UserKey("tg", $"{700 + i}"), $"Người thứ {i}", "P01", $"+849010007{i:00}");
        }

        Bot.Command(OnZalo, "/hoso");

        var notice = SendNotice();

        Assert.Equal(26, notice.Recipients.Count);
        Assert.Equal([OnZalo], NoticeDeliveries(notice));
    }

    // ---- Erasure ----

    [Fact]
    public void Erasure_by_a_linked_person_removes_the_link_codes_and_preference_and_the_channel_is_a_stranger_again()
    {
        LinkedPair();
        IssueCode(Bot, OnTelegram);
        Bot.Replies(OnTelegram);
        Assert.NotEmpty(Bot.Store.All<LinkCode>());
        Assert.NotNull(Bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
        Bot.Command(OnZalo, "/xoadulieu");
        Bot.Replies(OnZalo);

        Bot.Press(OnZalo, "erase:yes");

        Assert.Equal([Texts.Erased.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Null(Bot.MemberOf(OnTelegram));
        Assert.Empty(Bot.Store.All<IdentityLink>());
        Assert.Empty(Bot.Store.All<LinkCode>());
        Assert.Empty(Bot.Store.All<PreferredChannel>());

        Bot.Command(OnZalo, "/hoso");

        Assert.Equal(OnZalo, Bot.Turns[^1].Input.From);
        Assert.Equal([Texts.NotRegistered.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Replies(OnTelegram));
    }

    [Fact]
    public void Two_accounts_on_one_channel_are_told_apart_by_their_id()
    {
        var first = new UserKey("telegram", "601");
        var second = new UserKey("telegram", "602");
        Registering.Seed(Bot, first, MemberStatus.Approved);
        Link(Bot, first, second);
        Bot.Replies(first);

        Bot.Command(first, "/lienket");

        var choices = Bot.LastWithButtons(first)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();
        Assert.Equal(["Nhận thông báo qua Telegram (601)", "Nhận thông báo qua Telegram (602)", "Theo kênh dùng gần nhất"], choices);
    }
}
