using Domain.CheckIn;
using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Guests.GuestJourney;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.CheckIn;

/// <summary>The door of the conference: opened by an organizer, each person checked in once.</summary>
public sealed class CheckInTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public CheckInTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị Hoa", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Nam", "P02", "+84901000002");
        Answer(bot, Alice, RsvpAnswer.Attending);
        Answer(bot, Bob, RsvpAnswer.Delegated, representative: new Representative("Phạm Văn Tư", "Phó Chủ tịch", null));
    }

    private Attendance? PresenceOf(string personId) => bot.Store.Find<Attendance>(Attendance.IdFor(Id, personId));

    private string OpenDoor()
    {
        bot.Now = Start.AddMinutes(-30);
        bot.Command(Organizer, "/diemdanh");
        return Code(bot);
    }

    [Fact]
    public void The_door_does_not_open_earlier_than_an_hour_before_the_start()
    {
        bot.Now = Start.AddHours(-2);

        bot.Command(Organizer, "/diemdanh");

        Assert.Equal([Texts.CheckInNotYet.Vi(When(Start.AddHours(-1)), When(Start.AddHours(4)))], bot.TextsTo(Organizer));
        Assert.Empty(bot.Store.All<CheckInDesk>());
    }

    [Fact]
    public void Opening_shows_a_QR_of_the_door_link_checked_against_hashes()
    {
        var code = OpenDoor();

        var (content, caption) = Assert.Single(bot.GuestFiles.Qr);
        Assert.StartsWith("/start d_", content, StringComparison.Ordinal);
        Assert.Equal($"/diemdanh {code}", caption);
        var desk = Assert.Single(bot.Store.All<CheckInDesk>());
        Assert.True(SecretToken.Matches(code, desk.CodeHash));
        Assert.True(SecretToken.Matches(content["/start d_".Length..], desk.LinkHash));
        Assert.Single(bot.Replies(Organizer).OfType<PhotoOut>());
    }

    [Fact]
    public void A_member_checks_in_once_by_code()
    {
        var code = OpenDoor();

        bot.Command(Alice, $"/diemdanh {code.ToLowerInvariant()}");
        bot.Command(Alice, $"/diemdanh {code}");

        var presence = PresenceOf(Alice.ToString())!;
        Assert.Equal((PresenceKind.Member, CheckInWay.Code), (presence.Kind, presence.Way));
        Assert.Equal([Texts.CheckInDone.Vi("Nguyễn Thị Hoa", Title), Texts.CheckInAlready.Vi("Nguyễn Thị Hoa", When(bot.Now))], bot.TextsTo(Alice));
        Assert.Single(bot.Store.All<Attendance>());
    }

    [Fact]
    public void A_member_checks_in_once_by_the_QR_link()
    {
        OpenDoor();
        var payload = bot.GuestFiles.Qr[0].Content["/start ".Length..];

        bot.Command(Alice, $"/start {payload}");
        bot.Command(Alice, $"/start {payload}");

        Assert.Equal(CheckInWay.Link, PresenceOf(Alice.ToString())!.Way);
        Assert.Single(bot.Store.All<Attendance>());
    }

    [Fact]
    public void The_person_a_member_sent_checks_in_by_the_name_the_member_gave()
    {
        var code = OpenDoor();
        var delegateKey = new UserKey("tg", "4001");

        bot.Command(delegateKey, $"/diemdanh {code}");
        bot.Text(delegateKey, "phạm văn  tư");

        var presence = PresenceOf(Bob.ToString())!;
        Assert.Equal(PresenceKind.Delegate, presence.Kind);
        Assert.Equal([Texts.CheckInAskDelegateName.Vi(), Texts.CheckInDoneDelegate.Vi("Phạm Văn Tư", Title)], bot.TextsTo(delegateKey));
    }

    [Fact]
    public void A_stranger_with_an_unknown_name_is_not_checked_in()
    {
        var code = OpenDoor();

        bot.Command(Carol, $"/diemdanh {code}");
        bot.Text(Carol, "Người Lạ");

        Assert.Empty(bot.Store.All<Attendance>());
        Assert.Equal(Texts.CheckInDelegateUnknown.Vi(), bot.TextsTo(Carol)[^1]);
    }

    [Fact]
    public void Five_wrong_codes_in_ten_minutes_make_the_person_wait_even_for_the_right_one()
    {
        var code = OpenDoor();
        for (var i = 0; i < CodeAttempts.Allowed; i++)
        {
            bot.Command(Alice, "/diemdanh AAAAAA");
        }

        bot.Command(Alice, $"/diemdanh {code}");

        Assert.Null(PresenceOf(Alice.ToString()));
        Assert.Equal(Texts.CheckInWait.Vi(When(bot.Now.AddMinutes(10))), bot.TextsTo(Alice)[^1]);
        bot.Now = bot.Now.AddMinutes(10);
        bot.Command(Alice, $"/diemdanh {code}");
        Assert.NotNull(PresenceOf(Alice.ToString()));
    }

    [Fact]
    public void Rotating_makes_the_old_code_and_link_stop_working()
    {
        var old = OpenDoor();
        var oldPayload = bot.GuestFiles.Qr[0].Content["/start ".Length..];

        bot.Press(Organizer, Texts.CheckInRotateButton.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.CheckInRotateConfirmButton.Plain(Lang.Vi));
        bot.Command(Alice, $"/diemdanh {old}");
        bot.Command(Alice, $"/start {oldPayload}");

        Assert.NotEqual(old, Code(bot));
        Assert.Equal([Texts.CheckInCodeWrong.Vi(), Texts.CheckInLinkInvalid.Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Attendance>());
        bot.Command(Alice, $"/diemdanh {Code(bot)}");
        Assert.NotNull(PresenceOf(Alice.ToString()));
    }

    [Fact]
    public void A_code_after_the_meeting_ended_checks_nobody_in()
    {
        var code = OpenDoor();
        bot.Now = Start.AddHours(4);

        bot.Command(Alice, $"/diemdanh {code}");

        Assert.Empty(bot.Store.All<Attendance>());
        Assert.Equal([Texts.CheckInCodeWrong.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void A_guest_checks_in_by_code_from_the_chat_that_opened_the_invitation()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        var code = OpenDoor();

        bot.Command(Visitor, $"/diemdanh {code}");

        var guest = Assert.Single(bot.Store.All<Guest>());
        Assert.Equal(PresenceKind.Guest, PresenceOf(guest.Id)!.Kind);
    }

    [Fact]
    public void An_organizer_checks_a_guest_in_by_the_invitation_secret_once()
    {
        var payload = Invite(bot);
        OpenDoor();

        bot.Command(Organizer, $"/diemdanh {payload[2..]}");
        bot.Command(Organizer, $"/diemdanh {payload[2..]}");

        var guest = Assert.Single(bot.Store.All<Guest>());
        Assert.Equal(CheckInWay.Invitation, PresenceOf(guest.Id)!.Way);
        Assert.Single(bot.Store.All<Attendance>());
    }

    [Fact]
    public void An_organizer_checks_someone_in_by_hand_from_the_units_list()
    {
        OpenDoor();

        bot.Press(Organizer, Texts.CheckInHandButton.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.CheckInGroupLabel.For(Lang.Vi, "Phường 1", 0, 1).ToPlain());
        bot.Press(Organizer, "Nguyễn Thị Hoa");

        var presence = PresenceOf(Alice.ToString())!;
        Assert.Equal((CheckInWay.Hand, Organizer.ToString()), (presence.Way, presence.By));
    }

    [Fact]
    public void A_typed_hand_check_in_is_confirmed_first()
    {
        OpenDoor();

        bot.Send(Organizer, new ButtonIn(new HandCheckInButton(HandCheckInButton.Person, Id, Alice.ToString()).Encode(), null, null));

        Assert.Null(PresenceOf(Alice.ToString()));
        Assert.Equal(Texts.CheckInConfirmHand.Vi("Nguyễn Thị Hoa"), bot.TextsTo(Organizer)[^1]);
    }

    [Fact]
    public void A_plain_member_cannot_open_the_door_rotate_it_or_check_others_in()
    {
        OpenDoor();
        var before = Assert.Single(bot.Store.All<CheckInDesk>());

        bot.Command(Alice, "/diemdanh");
        bot.PressData(Alice, new CheckInButton(CheckInButton.Rotate, Id).Encode());
        bot.PressData(Alice, new HandCheckInButton(HandCheckInButton.Person, Id, Bob.ToString()).Encode());
        bot.PressData(Carol, new CheckInButton(CheckInButton.Hand, Id).Encode());

        Assert.Equal(before, Assert.Single(bot.Store.All<CheckInDesk>()));
        Assert.Empty(bot.Store.All<Attendance>());
        Assert.Equal([Texts.CheckInHowTo.Vi(), Texts.NotAllowed.Vi(), Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Carol));
    }

    [Fact]
    public void A_member_typing_a_guest_secret_checks_nobody_in()
    {
        var payload = Invite(bot);
        var code = OpenDoor();
        _ = code;

        bot.Command(Alice, $"/diemdanh {payload[2..]}");

        Assert.Empty(bot.Store.All<Attendance>());
        Assert.Equal([Texts.CheckInCodeWrong.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void The_stats_show_who_has_arrived_and_who_said_attending_but_has_not()
    {
        var code = OpenDoor();
        bot.Command(Alice, $"/diemdanh {code}");

        bot.Command(Organizer, "/thongke");

        var stats = bot.TextsTo(Organizer)[^1];
        Assert.Contains(Texts.StatsPresentHeader.Vi(), stats, StringComparison.Ordinal);
        Assert.Contains(Texts.StatsPresentLine.Vi("Phường 1", 1), stats, StringComparison.Ordinal);
        Assert.Contains(Texts.StatsPresentTotal.Vi(1), stats, StringComparison.Ordinal);
        Assert.Contains(Texts.StatsNotArrivedHeader.Vi(1), stats, StringComparison.Ordinal);
        Assert.Contains("Phạm Văn Tư – Phường 2", stats, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_after_the_meeting_says_present_absent_or_delegate_present()
    {
        AddMember(bot, Carol, "Lê Văn Ba", "P03", "+84901000003");
        var code = OpenDoor();
        bot.Command(Alice, $"/diemdanh {code}");
        bot.Command(new UserKey("tg", "4001"), $"/diemdanh {code}");
        bot.Text(new UserKey("tg", "4001"), "Phạm Văn Tư");
        bot.Now = Start.AddHours(5);

        bot.Command(Organizer, "/xuatds");
        bot.Press(Organizer, bot.LastWithButtons(Organizer)!.Buttons[0][0].Data);

        var rows = bot.Files.Exported[^1].ToDictionary(r => r.FullName, r => r.Presence);
        Assert.Equal(Texts.PresencePresent.Vi(), rows["Nguyễn Thị Hoa"]);
        Assert.Equal(Texts.PresenceDelegate.Vi(), rows["Trần Văn Nam"]);
        Assert.Equal(Texts.PresenceAbsent.Vi(), rows["Lê Văn Ba"]);
    }

    [Fact]
    public void The_sign_in_sheet_puts_guests_first_then_units_in_order_each_person_once()
    {
        Invite(bot);
        bot.Command(Organizer, "/xuatds");

        var sheet = bot.GuestFiles.Sheets[^1];
        Assert.Equal([Texts.GuestGroup.Vi(), "Phường 1", "Phường 2"], sheet.Groups.Select(g => g.Title));
        Assert.Equal(["Nguyễn Văn An", "Nguyễn Thị Hoa", "Phạm Văn Tư"], sheet.Groups.SelectMany(g => g.Rows).Select(r => r.FullName));
        Assert.Equal(["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Ký tên"], sheet.Columns);
    }
}
