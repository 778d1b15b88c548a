using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Guests.GuestJourney;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Guests;

/// <summary>A guest's personal invitation: made by an organizer, opened once, answered without joining the team.</summary>
public sealed class GuestInvitationTests
{
    private readonly ConversationDriver bot = Driver();

    public GuestInvitationTests() => Put(bot, Sample() with
    {
        Issuing = new IssuingDetails { PlanNumber = "27/KH-MTTQ-BTT", Place = "Quận 5", IssuedOn = new DateOnly(2027, 4, 21), SignerTitle = "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH", SignerName = "Trần Nam Đức" },
    });

    private Guest OnlyGuest() => Assert.Single(bot.Store.All<Guest>());

    [Fact]
    public void The_organizer_gets_a_one_use_link_and_only_its_hash_is_kept()
    {
        var payload = Invite(bot);

        var guest = OnlyGuest();
        Assert.Equal(("Nguyễn Văn An", "Ban Dân vận Quận ủy", "Phó Trưởng ban", "+84912345678"), (guest.FullName, guest.Unit, guest.Position, guest.Phone));
        Assert.True(SecretToken.Matches(payload[2..], guest.TokenHash));
        Assert.DoesNotContain(payload[2..], guest.TokenHash + guest.Id, StringComparison.Ordinal);
        Assert.Null(guest.ClaimedBy);
    }

    [Fact]
    public void Opening_the_link_shows_the_formal_invitation_and_one_consent_question_and_stores_nothing()
    {
        var payload = Invite(bot);

        bot.Command(Visitor, $"/start {payload}");

        var texts = bot.TextsTo(Visitor);
        Assert.Contains("Số: 27/KH-MTTQ-BTT", texts[0], StringComparison.Ordinal);
        Assert.Contains(Texts.FormalInviteNamed.Vi("Nguyễn Văn An", " – Phó Trưởng ban, Ban Dân vận Quận ủy", Title), texts[0], StringComparison.Ordinal);
        Assert.Contains(Texts.FormalClosing.Vi(), texts[0], StringComparison.Ordinal);
        Assert.Contains("Trần Nam Đức", texts[0], StringComparison.Ordinal);
        Assert.Equal(Texts.GuestConsentQuestion.Vi(bot.Settings.Organization.FullName.Vi), texts[1]);
        Assert.Null(OnlyGuest().ClaimedBy);
        Assert.Null(bot.MemberOf(Visitor));
    }

    [Fact]
    public void After_consent_the_guest_answers_without_registering_and_stays_out_of_the_members()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        bot.Press(Visitor, Texts.Attend.Plain(Lang.Vi));

        var guest = OnlyGuest();
        Assert.Equal((Visitor.ToString(), RsvpAnswer.Attending), (guest.ClaimedBy, guest.Answer));
        Assert.Null(bot.MemberOf(Visitor));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Contains(Texts.GuestRsvpAttending.Vi(Title), bot.TextsTo(Visitor));
    }

    [Fact]
    public void A_guest_can_send_someone_in_their_place()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        bot.Press(Visitor, Texts.SendDelegate.Plain(Lang.Vi));
        bot.Text(Visitor, "Lê Thị Bình");
        bot.Text(Visitor, "Chuyên viên");
        bot.Press(Visitor, Texts.Skip.Plain(Lang.Vi));

        var guest = OnlyGuest();
        Assert.Equal(RsvpAnswer.Delegated, guest.Answer);
        Assert.Equal(new Representative("Lê Thị Bình", "Chuyên viên", null), guest.Delegate);
    }

    [Fact]
    public void Refusing_consent_keeps_nothing_and_the_link_still_opens()
    {
        var payload = Invite(bot);
        bot.Command(Visitor, $"/start {payload}");
        bot.Press(Visitor, Texts.GuestConsentNo.Plain(Lang.Vi));

        Assert.Null(OnlyGuest().ClaimedBy);
        bot.Command(Visitor, $"/start {payload}");
        Assert.Equal(Texts.GuestConsentQuestion.Vi(bot.Settings.Organization.FullName.Vi), bot.TextsTo(Visitor)[^1]);
    }

    [Fact]
    public void A_used_link_opens_for_nobody_else_and_changes_nothing()
    {
        var payload = Invite(bot);
        bot.Command(Visitor, $"/start {payload}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        var before = OnlyGuest();

        bot.Command(Stranger, $"/start {payload}");

        Assert.Equal([Texts.GuestLinkUsed.Vi()], bot.TextsTo(Stranger));
        Assert.Equal(before, OnlyGuest());
    }

    [Fact]
    public void A_guessed_link_gets_one_sentence_and_changes_nothing()
    {
        Invite(bot);
        var before = OnlyGuest();

        bot.Command(Stranger, "/start g_AAAAAAAAAAAAAAAAAAAAAA");
        bot.Command(Stranger, "/start g_short");

        Assert.Equal([Texts.GuestLinkInvalid.Vi(), Texts.GuestLinkInvalid.Vi()], bot.TextsTo(Stranger));
        Assert.Equal(before, OnlyGuest());
        Assert.Null(bot.MemberOf(Stranger));
    }

    [Fact]
    public void A_link_after_the_meeting_ended_has_expired()
    {
        var payload = Invite(bot);
        bot.Now = Start.AddHours(5);

        bot.Command(Visitor, $"/start {payload}");

        Assert.Equal([Texts.GuestLinkExpired.Vi()], bot.TextsTo(Visitor));
        Assert.Null(OnlyGuest().ClaimedBy);
    }

    [Fact]
    public void A_stranger_pressing_the_guests_answer_button_changes_nothing()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        var id = OnlyGuest().Id;

        bot.PressData(Stranger, new GuestButton(GuestButton.Attend, id).Encode());
        bot.PressData(Stranger, new GuestButton(GuestButton.Consent, id).Encode());

        Assert.Null(OnlyGuest().Answer);
        Assert.All(bot.TextsTo(Stranger), t => Assert.Equal(Texts.ButtonExpired.Vi(), t));
    }

    [Fact]
    public void A_plain_member_and_a_stranger_cannot_make_or_list_guests()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.Command(Alice, "/khach");
        bot.PressData(Alice, $"khach:list:{Id}");
        bot.PressData(Stranger, $"khach:add:{Id}");

        Assert.All(bot.TextsTo(Alice), t => Assert.Equal(Texts.NotAllowed.Vi(), t));
        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Stranger));
    }

    [Fact]
    public void An_imported_list_comes_back_as_links_and_bad_lines_are_named()
    {
        bot.Command(ConversationDriver.Organizer, "/khach");
        bot.Press(ConversationDriver.Organizer, $"khach:import:{Id}");
        bot.Text(ConversationDriver.Organizer, "Họ và tên,Đơn vị,Chức vụ,Số điện thoại\nTrần Văn Bảy,Công an Quận 5,Trưởng ban quản trị fanpage,0909123456\nx,y,z\nLê Thị Tám,Trường Cao đẳng Phát thanh Truyền hình,Phó Hiệu trưởng,");

        var rows = Assert.Single(bot.GuestFiles.Links);
        Assert.Equal(["Trần Văn Bảy", "Lê Thị Tám"], rows.Select(r => r.FullName));
        Assert.All(rows, r => Assert.Matches("^/start g_[A-Za-z0-9]{22}$", r.Typed));
        Assert.Equal(2, bot.Store.All<Guest>().Count);
        var document = Assert.IsType<DocumentOut>(bot.Replies(ConversationDriver.Organizer)[^1]);
        Assert.Equal(Texts.GuestImportedSkipped.Vi(2, "2"), document.Caption!.Value.Value);
    }

    [Fact]
    public void Guests_stay_out_of_the_team_lists_and_have_their_own_group_in_the_export()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        bot.Press(Visitor, Texts.Attend.Plain(Lang.Vi));

        bot.Command(ConversationDriver.Organizer, "/xuatds");

        var rows = bot.Files.Exported[^1];
        var row = Assert.Single(rows);
        Assert.Equal((Texts.GuestGroup.Vi(), "Nguyễn Văn An"), (row.UnitName, row.FullName));
        Assert.Empty(bot.Store.All<Member>());
        Assert.Equal(Texts.GuestGroup.Vi(), bot.GuestFiles.Sheets[^1].Groups[0].Title);
    }

    [Fact]
    public void The_consent_question_survives_a_restart_because_it_lives_in_the_session()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        var restarted = new ConversationDriver(bot.Settings, bot.Store) { Now = bot.Now };

        restarted.PressData(Visitor, new GuestButton(GuestButton.Consent, OnlyGuest().Id).Encode());

        Assert.Equal(Visitor.ToString(), OnlyGuest().ClaimedBy);
    }
}
