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

/// <summary>
/// /lienket: one person on Telegram and Zalo. A code shown on one channel and typed on the other
/// links them; the person's records are merged, replies go back where they wrote from, and other
/// messages go to the channel they used last or chose.
/// </summary>
public sealed class IdentityLinkingTests
{
    private const string OtherName = "Trần Văn Bình";

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Meetings.Driver();

    private static string ProfileOf(string name = Registering.Name) =>
        Texts.Profile.For(Lang.Vi, name, "+84 901 234 567", Registering.UnitName, Registering.Position, "đã duyệt", "Thành viên").Value;

    private void LinkedPair()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Link(bot, OnTelegram, OnZalo);
        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        bot.Replies(OnTelegram);
        bot.Replies(OnZalo);
    }

    private Notice SendNotice() => Broadcasts.Send(bot, Organizer);

    private List<UserKey> NoticeDeliveries(Notice notice) =>
        bot.Tagged(notice.Tag).Select(d => d.To).Where(to => to == OnTelegram || to == OnZalo).ToList();

    // ---- Issuing a code ----

    [Fact]
    public void Only_a_member_gets_a_code_and_a_stranger_is_told_to_link_from_the_registered_channel()
    {
        var code = IssueCode(bot, OnZalo);

        Assert.Null(code);
        Assert.Equal([Texts.LinkNeedsMember.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Store.All<LinkCode>());
    }

    [Fact]
    public void A_member_gets_a_six_digit_code_valid_for_ten_minutes_shown_in_the_reply()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);

        var code = IssueCode(bot, OnTelegram);

        Assert.NotNull(code);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal([Texts.LinkCodeIssued.For(Lang.Vi, code, 10).Value], bot.TextsTo(OnTelegram));
        var stored = Assert.Single(bot.Store.All<LinkCode>());
        Assert.Equal(new LinkCode(code, OnTelegram.ToString(), bot.Now + IdentityLinking.CodeLifetime), stored);
        Assert.Equal(TimeSpan.FromMinutes(10), IdentityLinking.CodeLifetime);
    }

    [Fact]
    public void A_new_code_replaces_the_old_one()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var first = IssueCode(bot, OnTelegram)!;
        bot.Now = bot.Now.AddMinutes(1);

        var second = IssueCode(bot, OnTelegram)!;

        var stored = Assert.Single(bot.Store.All<LinkCode>());
        Assert.Equal(second, stored.Id);
        Assert.NotEqual(first, second);
        bot.Command(OnZalo, $"/lienket {first}");
        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Null(bot.Store.Find<IdentityLink>(OnZalo.ToString()));

        bot.Command(OnZalo, $"/lienket {second}");
        bot.PressData(OnTelegram, $"link:ok:{second}");
        Assert.NotNull(bot.Store.Find<IdentityLink>(OnZalo.ToString()));
    }

    // ---- Using a code ----

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("abcdef")]
    public void A_code_that_is_not_six_digits_is_explained_and_not_counted_as_a_wrong_try(string typed)
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        IssueCode(bot, OnTelegram);

        bot.Command(OnZalo, $"/lienket {typed}");

        Assert.Equal([Texts.LinkCodeFormat.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Null(bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.Null(bot.Store.Find<LinkAttempts>(OnZalo.ToString()));
    }

    [Fact]
    public void A_code_typed_with_spaces_inside_still_works()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;

        bot.Command(OnZalo, $"/lienket {code[..3]} {code[3..]}");
        bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
    }

    [Fact]
    public void An_unknown_code_is_refused_links_nothing_and_is_counted()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;

        bot.Command(OnZalo, $"/lienket {WrongCode(code)}");

        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Empty(bot.Turns[^1].Changes.Signals);
        Assert.Equal(1, bot.Store.Find<LinkAttempts>(OnZalo.ToString())?.Failures);
        Assert.Single(bot.Store.All<LinkCode>());
    }

    [Fact]
    public void An_expired_code_is_refused_and_links_nothing()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;
        bot.Now = bot.Now.AddMinutes(10).AddSeconds(1);

        bot.Command(OnZalo, $"/lienket {code}");

        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Empty(bot.Turns[^1].Changes.Signals);
        bot.Command(OnZalo, "/hoso");
        Assert.Equal([Texts.NotRegistered.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
    }

    [Fact]
    public void A_code_still_works_just_before_it_expires()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;
        bot.Now = bot.Now.AddMinutes(10).AddSeconds(-2);

        bot.Command(OnZalo, $"/lienket {code}");
        bot.Now = bot.Now.AddSeconds(1);
        bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.NotNull(bot.Store.Find<IdentityLink>(OnZalo.ToString()));
    }

    [Fact]
    public void Five_wrong_codes_within_an_hour_block_even_the_right_code_until_the_hour_is_over()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var start = bot.Now;
        var code = IssueCode(bot, OnTelegram)!;
        for (var i = 1; i <= 5; i++)
        {
            bot.Command(OnZalo, $"/lienket {WrongCode(code, i)}");
            bot.Now = bot.Now.AddMinutes(1);
        }

        Assert.Equal(Enumerable.Repeat(Texts.LinkCodeUnknown.For(Lang.Vi).Value, 5), bot.TextsTo(OnZalo));

        bot.Command(OnZalo, $"/lienket {code}");

        Assert.Equal([Texts.LinkTooManyTries.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Empty(bot.Turns[^1].Changes.Signals);

        bot.Now = start.AddMinutes(59);
        var fresh = IssueCode(bot, OnTelegram)!;
        bot.Command(OnZalo, $"/lienket {fresh}");
        Assert.Equal([Texts.LinkTooManyTries.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Store.All<IdentityLink>());

        bot.Now = start.AddHours(1);
        var later = IssueCode(bot, OnTelegram)!;
        bot.Command(OnZalo, $"/lienket {later}");
        bot.PressData(OnTelegram, $"link:ok:{later}");

        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
    }

    [Fact]
    public void Four_wrong_codes_do_not_block_the_right_one()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;
        for (var i = 1; i <= 4; i++)
        {
            bot.Command(OnZalo, $"/lienket {WrongCode(code, i)}");
        }

        bot.Command(OnZalo, $"/lienket {code}");
        bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Null(bot.Store.Find<LinkAttempts>(OnZalo.ToString()));
    }

    [Fact]
    public void A_code_typed_on_the_channel_that_got_it_is_the_same_account()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;
        bot.Replies(OnTelegram);

        bot.Command(OnTelegram, $"/lienket {code}");

        Assert.Equal([Texts.LinkSameAccount.For(Lang.Vi).Value], bot.TextsTo(OnTelegram));
        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Empty(bot.Turns[^1].Changes.Signals);
    }

    [Fact]
    public void A_new_code_typed_on_an_already_linked_channel_is_the_same_account()
    {
        LinkedPair();
        var code = IssueCode(bot, OnTelegram)!;

        bot.Command(OnZalo, $"/lienket {code}");

        Assert.Equal([Texts.LinkSameAccount.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Turns[^1].Changes.Signals);
        Assert.Single(bot.Store.All<IdentityLink>());
    }

    [Fact]
    public void A_code_works_only_once()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;
        bot.Command(OnZalo, $"/lienket {code}");
        bot.PressData(OnTelegram, $"link:ok:{code}");
        Assert.Empty(bot.Store.All<LinkCode>());

        bot.Command(OtherZalo, $"/lienket {code}");

        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], bot.TextsTo(OtherZalo));
        Assert.Null(bot.Store.Find<IdentityLink>(OtherZalo.ToString()));
        Assert.Single(bot.Store.All<IdentityLink>());
    }

    [Fact]
    public void A_link_signal_whose_code_is_gone_or_someone_elses_links_nothing_and_tells_the_other_channel()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, People.Alice, MemberStatus.Approved, OtherName);
        var alicesCode = IssueCode(bot, People.Alice)!;

        bot.Deliver(new InboundEnvelope("sig:1", OnTelegram, new SignalIn(IdentityLinking.SignalName, OnZalo, $"{WrongCode(alicesCode)}|{OnZalo}"), bot.Now));
        bot.Deliver(new InboundEnvelope("sig:2", OnTelegram, new SignalIn(IdentityLinking.SignalName, OnZalo, $"{alicesCode}|{OnZalo}"), bot.Now));

        Assert.Equal(Enumerable.Repeat(Texts.LinkFailed.For(Lang.Vi).Value, 2), bot.TextsTo(OnZalo));
        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Equal(alicesCode, Assert.Single(bot.Store.All<LinkCode>()).Id);
    }

    [Fact]
    public void The_member_can_refuse_a_channel_that_typed_their_code_and_the_code_is_then_gone()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;
        bot.Command(OtherZalo, $"/lienket {code}");
        bot.Replies(OtherZalo);

        bot.PressData(OnTelegram, $"link:no:{code}");

        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Empty(bot.Store.All<LinkCode>());
        Assert.Equal([Texts.LinkRefused.For(Lang.Vi).Value], bot.TextsTo(OtherZalo));
        bot.Command(OtherZalo, $"/lienket {code}");
        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], bot.TextsTo(OtherZalo));
    }

    [Fact]
    public void Only_the_code_owner_can_confirm_and_a_second_claimant_cannot_take_the_first_ones_place()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, People.Alice, MemberStatus.Approved, OtherName);
        var code = IssueCode(bot, OnTelegram)!;
        bot.Command(OnZalo, $"/lienket {code}");
        bot.Command(OtherZalo, $"/lienket {code}");
        Assert.Equal([Texts.LinkFailed.For(Lang.Vi).Value], bot.TextsTo(OtherZalo).Skip(1));

        bot.PressData(People.Alice, $"link:ok:{code}");
        bot.PressData(OnZalo, $"link:ok:{code}");
        Assert.Empty(bot.Store.All<IdentityLink>());

        bot.PressData(OnTelegram, $"link:ok:{code}");
        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Null(bot.Store.Find<IdentityLink>(OtherZalo.ToString()));
    }

    // ---- Merging ----

    [Fact]
    public void Linking_a_new_channel_stores_the_link_tells_that_channel_and_audits_it()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(bot, OnTelegram)!;
        bot.Replies(OnTelegram);

        bot.Command(OnZalo, $"/lienket {code}");

        Assert.Null(bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.Equal([Texts.LinkAsked.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        var question = Assert.IsType<TextOut>(Assert.Single(bot.Replies(OnTelegram)));
        Assert.Equal(Texts.LinkConfirm.For(Lang.Vi, "Zalo").Value, question.Text.Value);
        Assert.Equal([$"link:ok:{code}", $"link:no:{code}"], question.Buttons.SelectMany(r => r).Select(b => b.Data));

        bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.Equal(new IdentityLink(OnZalo.ToString(), OnTelegram.ToString(), bot.Now), bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.Equal(new PreferredChannel(OnTelegram.ToString(), OnZalo.ToString(), false), bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
        Assert.Empty(bot.Store.All<LinkCode>());
        Assert.Equal([Texts.LinkDone.For(Lang.Vi, "Zalo", Registering.Name).Value], bot.TextsTo(OnZalo));
        Assert.Equal([Texts.LinkConfirmed.For(Lang.Vi, "Zalo").Value], bot.TextsTo(OnTelegram));
        var audit = bot.Audit[^1];
        Assert.Equal(("identity.linked", OnTelegram, OnTelegram.ToString(), OnZalo.ToString()), (audit.Action, audit.By, audit.Subject, audit.Details));
        Assert.Null(bot.SessionOf(OnZalo));
    }

    [Fact]
    public void After_linking_the_profile_on_the_new_channel_is_the_members_profile()
    {
        LinkedPair();

        bot.Command(OnZalo, "/hoso");

        Assert.Equal([ProfileOf()], bot.TextsTo(OnZalo));
        Assert.Null(bot.MemberOf(OnZalo));
    }

    [Fact]
    public void An_answer_only_the_other_channel_gave_moves_to_the_person_and_its_profile_goes()
    {
        Meetings.Put(bot);
        var person = Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved, OtherName);
        var theirs = Meetings.Answer(bot, OnZalo, RsvpAnswer.Attending);
        bot.Now = bot.Now.AddMinutes(5);

        Link(bot, OnTelegram, OnZalo);

        Assert.Null(bot.MemberOf(OnZalo));
        Assert.Equal(person, bot.MemberOf(OnTelegram));
        var answer = Assert.Single(bot.Store.All<Rsvp>());
        Assert.Equal(Rsvp.IdFor(Meetings.Id, OnTelegram.ToString()), answer.Id);
        Assert.Equal((OnTelegram.ToString(), RsvpAnswer.Attending, theirs.AnsweredAt), (answer.MemberId, answer.Answer, answer.AnsweredAt));
        Assert.Equal(theirs.History, answer.History);
        Assert.Null(Meetings.RsvpOf(bot, OnZalo));
    }

    [Fact]
    public void When_both_answered_and_the_other_channel_answered_later_its_answer_wins_with_both_histories()
    {
        Meetings.Put(bot);
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved, OtherName);
        var mine = Meetings.Answer(bot, OnTelegram, RsvpAnswer.Attending);
        bot.Now = bot.Now.AddHours(1);
        var theirs = Meetings.Answer(bot, OnZalo, RsvpAnswer.Declined, reason: "Bận công tác");
        bot.Now = bot.Now.AddMinutes(5);

        Link(bot, OnTelegram, OnZalo);

        var answer = Assert.Single(bot.Store.All<Rsvp>());
        Assert.Equal(OnTelegram.ToString(), answer.MemberId);
        Assert.Equal((RsvpAnswer.Declined, "Bận công tác", theirs.AnsweredAt), (answer.Answer, answer.Reason, answer.AnsweredAt));
        Assert.Equal([.. mine.History, .. theirs.History], answer.History);
    }

    [Fact]
    public void When_both_answered_and_the_person_answered_later_their_answer_stays_with_both_histories()
    {
        Meetings.Put(bot);
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved, OtherName);
        var theirs = Meetings.Answer(bot, OnZalo, RsvpAnswer.Declined, reason: "Bận công tác");
        bot.Now = bot.Now.AddHours(1);
        var mine = Meetings.Answer(bot, OnTelegram, RsvpAnswer.Attending);
        bot.Now = bot.Now.AddMinutes(5);

        Link(bot, OnTelegram, OnZalo);

        var answer = Assert.Single(bot.Store.All<Rsvp>());
        Assert.Equal(OnTelegram.ToString(), answer.MemberId);
        Assert.Equal((RsvpAnswer.Attending, (string?)null, mine.AnsweredAt), (answer.Answer, answer.Reason, answer.AnsweredAt));
        Assert.Equal([.. theirs.History, .. mine.History], answer.History);
    }

    [Fact]
    public void A_comment_of_the_other_channel_moves_to_the_person()
    {
        Meetings.Put(bot);
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved, OtherName);
        var comment = new Comment
        {
            Id = "c0ffee0002",
            MeetingId = Meetings.Id,
            MemberId = OnZalo.ToString(),
            UnitCode = Registering.UnitCode,
            Text = "Ý kiến gửi từ Zalo",
            SubmittedAt = bot.Now,
        };
        bot.Store.Put(comment);

        Link(bot, OnTelegram, OnZalo);

        Assert.Equal(comment with { MemberId = OnTelegram.ToString() }, Assert.Single(bot.Store.All<Comment>()));
    }

    [Fact]
    public void A_higher_role_of_the_other_channel_moves_to_the_person()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved, OtherName);
        bot.Store.Put(new RoleGrant(OnZalo.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));
        Assert.Equal(Role.Member, Access.RoleOf(bot.Store, bot.Settings, OnTelegram));

        Link(bot, OnTelegram, OnZalo);

        Assert.Equal(Role.Coordinator, Access.RoleOf(bot.Store, bot.Settings, OnTelegram));
        Assert.Equal(OnTelegram.ToString(), Assert.Single(bot.Store.All<RoleGrant>()).Id);
        Assert.Null(bot.Store.Find<RoleGrant>(OnZalo.ToString()));
    }

    [Fact]
    public void A_lower_role_of_the_other_channel_does_not_lower_the_person()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved, OtherName);
        bot.Store.Put(new RoleGrant(OnTelegram.ToString(), Role.Organizer, Organizer.ToString(), bot.Now));
        bot.Store.Put(new RoleGrant(OnZalo.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));

        Link(bot, OnTelegram, OnZalo);

        Assert.Equal(Role.Organizer, Access.RoleOf(bot.Store, bot.Settings, OnTelegram));
        Assert.Equal(OnTelegram.ToString(), Assert.Single(bot.Store.All<RoleGrant>()).Id);
    }

    // ---- Where messages go ----

    [Fact]
    public void A_reply_goes_back_to_the_channel_the_person_wrote_from()
    {
        LinkedPair();

        bot.Command(OnZalo, "/hoso");

        Assert.Equal([ProfileOf()], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Replies(OnTelegram));
        Assert.Equal((OnTelegram, (UserKey?)OnZalo), (bot.Turns[^1].Input.From, bot.Turns[^1].Input.Via));

        bot.Command(OnTelegram, "/hoso");

        Assert.Equal([ProfileOf()], bot.TextsTo(OnTelegram));
        Assert.Empty(bot.Replies(OnZalo));
        Assert.Equal((OnTelegram, (UserKey?)null), (bot.Turns[^1].Input.From, bot.Turns[^1].Input.Via));
    }

    [Fact]
    public void Both_channels_share_one_session()
    {
        LinkedPair();
        bot.Command(OnZalo, "/hoso");
        bot.Replies(OnZalo);
        bot.Press(OnZalo, "prof:field:Phone");
        Assert.Equal([Texts.AskPhone.For(Lang.Vi).Value], bot.TextsTo(OnZalo));

        bot.Text(OnTelegram, "0912345678");

        Assert.Equal("+84912345678", bot.MemberOf(OnTelegram)!.Phone);
        Assert.Null(bot.SessionOf(OnZalo));
        Assert.Empty(bot.Replies(OnZalo));
    }

    [Fact]
    public void A_broadcast_goes_to_the_channel_used_last()
    {
        LinkedPair();
        bot.Command(OnZalo, "/hoso");

        var first = SendNotice();

        Assert.Equal([OnZalo], NoticeDeliveries(first));

        bot.Command(OnTelegram, "/hoso");
        bot.Now = bot.Now.AddMinutes(1);

        var second = SendNotice();

        Assert.Equal([OnTelegram], NoticeDeliveries(second));
        Assert.Equal(new PreferredChannel(OnTelegram.ToString(), OnTelegram.ToString(), false), bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
    }

    [Fact]
    public void An_approval_reaches_the_person_on_the_channel_used_last()
    {
        Registering.Complete(bot, OnTelegram);
        Link(bot, OnTelegram, OnZalo);
        bot.Command(OnZalo, "/hoso");
        bot.Replies(OnTelegram);
        bot.Replies(OnZalo);

        bot.Press(Organizer, "Duyệt");

        Assert.Equal(MemberStatus.Approved, bot.MemberOf(OnTelegram)!.Status);
        Assert.Equal([Texts.YouWereApproved.Vi(Profile.Team(Lang.Vi))], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Replies(OnTelegram));
    }

    [Fact]
    public void An_approval_reaches_the_registered_channel_when_it_was_used_last()
    {
        Registering.Complete(bot, OnTelegram);
        Link(bot, OnTelegram, OnZalo);
        bot.Command(OnZalo, "/hoso");
        bot.Command(OnTelegram, "/hoso");
        bot.Replies(OnTelegram);
        bot.Replies(OnZalo);

        bot.Press(Organizer, "Duyệt");

        Assert.Equal([Texts.YouWereApproved.Vi(Profile.Team(Lang.Vi))], bot.TextsTo(OnTelegram));
        Assert.Empty(bot.Replies(OnZalo));
    }

    [Fact]
    public void A_linked_person_is_shown_their_channels_with_a_choice_of_where_notices_go()
    {
        LinkedPair();

        bot.Command(OnZalo, "/lienket");

        var shown = bot.LastWithButtons(OnZalo);
        Assert.NotNull(shown);
        Assert.Equal(
            [$"link:via:{OnTelegram}", $"link:via:{OnZalo}", "link:via:last"],
            shown.AllButtons().Select(b => b.Data));
        Assert.Empty(bot.Replies(OnTelegram));
    }

    [Fact]
    public void A_chosen_channel_gets_notices_even_when_the_other_was_used_last()
    {
        LinkedPair();
        bot.Command(OnZalo, "/lienket");
        bot.Replies(OnZalo);

        bot.Press(OnZalo, $"link:via:{OnTelegram}");

        Assert.Equal([Texts.ReceiveViaSet.For(Lang.Vi, "Telegram").Value], bot.TextsTo(OnZalo));
        Assert.Equal(new PreferredChannel(OnTelegram.ToString(), OnTelegram.ToString(), true), bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));

        bot.Command(OnZalo, "/hoso");
        var notice = SendNotice();

        Assert.Equal([OnTelegram], NoticeDeliveries(notice));
    }

    [Fact]
    public void Following_the_last_used_channel_again_after_a_choice()
    {
        LinkedPair();
        bot.Command(OnZalo, "/lienket");
        bot.Press(OnZalo, $"link:via:{OnTelegram}");
        bot.Command(OnZalo, "/lienket");
        bot.Replies(OnZalo);

        bot.Press(OnZalo, "link:via:last");

        Assert.Equal([Texts.ReceiveViaSet.For(Lang.Vi, Texts.LastUsedChannel.For(Lang.Vi, "Zalo")).Value], bot.TextsTo(OnZalo));
        var first = SendNotice();
        Assert.Equal([OnZalo], NoticeDeliveries(first));

        bot.Command(OnTelegram, "/hoso");
        bot.Now = bot.Now.AddMinutes(1);
        var second = SendNotice();

        Assert.Equal([OnTelegram], NoticeDeliveries(second));
    }

    [Fact]
    public void A_forged_channel_choice_is_refused_and_changes_nothing()
    {
        LinkedPair();
        bot.Command(OnZalo, "/lienket");
        bot.Press(OnZalo, $"link:via:{OnTelegram}");
        var before = bot.Store.Find<PreferredChannel>(OnTelegram.ToString());
        bot.Replies(OnZalo);

        bot.PressData(OnZalo, "link:via:telegram:999");

        Assert.Equal([Texts.ButtonExpired.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Equal(before, bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
        Assert.Empty(bot.Turns[^1].Changes.Upserts.OfType<PreferredChannel>());
        Assert.Null(bot.Store.Find<PreferredChannel>("telegram:999"));
    }

    [Fact]
    public void A_broadcast_to_everyone_reaches_a_linked_person_once()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved, OtherName);
        Link(bot, OnTelegram, OnZalo);

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
            Meetings.AddMember(bot, new UserKey("tg", $"{700 + i}"), $"Người thứ {i}", "P01", $"+849010007{i:00}");
        }

        bot.Command(OnZalo, "/hoso");

        var notice = SendNotice();

        Assert.Equal(26, notice.Recipients.Count);
        Assert.Equal([OnZalo], NoticeDeliveries(notice));
    }

    // ---- Erasure ----

    [Fact]
    public void Erasure_by_a_linked_person_removes_the_link_codes_and_preference_and_the_channel_is_a_stranger_again()
    {
        LinkedPair();
        IssueCode(bot, OnTelegram);
        bot.Replies(OnTelegram);
        Assert.NotEmpty(bot.Store.All<LinkCode>());
        Assert.NotNull(bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
        bot.Command(OnZalo, "/xoadulieu");
        bot.Replies(OnZalo);

        bot.Press(OnZalo, "erase:yes");

        Assert.Equal([Texts.Erased.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Null(bot.MemberOf(OnTelegram));
        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Empty(bot.Store.All<LinkCode>());
        Assert.Empty(bot.Store.All<PreferredChannel>());

        bot.Command(OnZalo, "/hoso");

        Assert.Equal(OnZalo, bot.Turns[^1].Input.From);
        Assert.Equal([Texts.NotRegistered.For(Lang.Vi).Value], bot.TextsTo(OnZalo));
        Assert.Empty(bot.Replies(OnTelegram));
    }

    [Fact]
    public void Two_accounts_on_one_channel_are_told_apart_by_their_id()
    {
        var first = new UserKey("telegram", "601");
        var second = new UserKey("telegram", "602");
        Registering.Seed(bot, first, MemberStatus.Approved);
        Link(bot, first, second);
        bot.Replies(first);

        bot.Command(first, "/lienket");

        var choices = bot.LastWithButtons(first)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();
        Assert.Equal(["Nhận thông báo qua Telegram (601)", "Nhận thông báo qua Telegram (602)", "Theo kênh dùng gần nhất"], choices);
    }
}
