using Domain.CheckIn;
using Domain.Events;
using Domain.Guests;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Guests.GuestJourney;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.CheckIn;

/// <summary>
/// The day itself: the person a guest sends, people who said no and came anyway, and the door's
/// buttons once the meeting is over.
/// </summary>
public sealed class DoorDayTests
{
    private const string SentByGuest = "Đỗ Minh Quân";

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public DoorDayTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị Hoa", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Nam", "P01", "+84901000002");
        Answer(bot, Alice, RsvpAnswer.Attending);
        Answer(bot, Bob, RsvpAnswer.Declined);
    }

    private Attendance? PresenceOf(string personId) => bot.Store.Find<Attendance>(Attendance.IdFor(Id, personId));

    private Guest GuestWhoSendsSomeone()
    {
        Invite(bot);
        var guest = Assert.Single(bot.Store.All<Guest>());
        guest = guest with { ClaimedBy = Visitor.ToString(), ConsentAt = bot.Now, Answer = RsvpAnswer.Delegated, Delegate = new Representative(SentByGuest, "Phó Trưởng ban", null), AnsweredAt = bot.Now };
        bot.Store.Put(guest);
        return guest;
    }

    private string OpenDoor()
    {
        bot.Now = Start.AddMinutes(-30);
        bot.Command(Organizer, "/diemdanh");
        return Code(bot);
    }

    [Fact]
    public void The_person_a_guest_sent_checks_in_by_the_name_the_guest_gave_and_counts_among_the_guests()
    {
        var guest = GuestWhoSendsSomeone();
        var code = OpenDoor();
        var sent = new UserKey("tg", "4002");

        bot.Command(sent, $"/diemdanh {code}");
        bot.Text(sent, "đỗ minh  quân");
        bot.Command(Organizer, "/thongke");

        var presence = PresenceOf(guest.Id)!;
        Assert.Equal(PresenceKind.Delegate, presence.Kind);
        Assert.Equal(Texts.CheckInDoneDelegate.Vi(SentByGuest, Title), bot.TextsTo(sent)[^1]);
        var stats = bot.TextsTo(Organizer).Last(t => t.Contains(Texts.StatsPresentHeader.Vi(), StringComparison.Ordinal));
        Assert.Contains(Texts.StatsPresentLine.Vi(Texts.GuestGroup.Vi(), 1), stats, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.StatsPresentLine.Vi("?", 1), stats, StringComparison.Ordinal);
    }

    [Fact]
    public void The_doors_name_question_survives_a_restart()
    {
        var guest = GuestWhoSendsSomeone();
        var code = OpenDoor();
        var sent = new UserKey("tg", "4002");
        bot.Command(sent, $"/diemdanh {code}");

        var restarted = new ConversationDriver(bot.Settings, bot.Store) { Now = bot.Now };
        restarted.Text(sent, SentByGuest);

        Assert.Equal(PresenceKind.Delegate, PresenceOf(guest.Id)!.Kind);
        Assert.Null(restarted.SessionOf(sent)!.Flow);
    }

    [Fact]
    public void By_hand_the_guests_group_names_the_person_the_guest_sent()
    {
        var guest = GuestWhoSendsSomeone();
        OpenDoor();

        bot.Press(Organizer, Texts.CheckInHandButton.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.CheckInGroupLabel.For(Lang.Vi, Texts.GuestGroup.Vi(), 0, 1).ToPlain());
        bot.Press(Organizer, Texts.CheckInDelegateLabel.For(Lang.Vi, SentByGuest, guest.FullName).ToPlain());

        Assert.Equal(PresenceKind.Delegate, PresenceOf(guest.Id)!.Kind);
    }

    [Fact]
    public void Someone_who_said_no_but_came_is_listed_last_marked_checked_in_by_hand_and_signs_the_sheet()
    {
        OpenDoor();

        bot.Press(Organizer, Texts.CheckInHandButton.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.CheckInGroupLabel.For(Lang.Vi, "Phường 1", 0, 1).ToPlain());
        var shown = bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();
        var declined = Texts.CheckInDeclinedLabel.For(Lang.Vi, "Trần Văn Nam").ToPlain();
        Assert.Equal(["Nguyễn Thị Hoa", declined, Texts.CheckInBackToUnits.Plain(Lang.Vi)], shown);
        bot.Press(Organizer, declined);
        bot.Command(Organizer, "/xuatds");

        Assert.Equal(PresenceKind.Member, PresenceOf(Bob.ToString())!.Kind);
        var signers = bot.GuestFiles.Sheets[^1].Groups.SelectMany(g => g.Rows).Select(r => r.FullName);
        Assert.Equal(["Nguyễn Thị Hoa", "Trần Văn Nam"], signers);
    }

    [Fact]
    public void Who_said_no_and_did_not_come_is_not_on_the_sign_in_sheet()
    {
        bot.Command(Organizer, "/xuatds");

        Assert.Equal(["Nguyễn Thị Hoa"], bot.GuestFiles.Sheets[^1].Groups.SelectMany(g => g.Rows).Select(r => r.FullName));
    }

    [Fact]
    public void The_doors_buttons_after_the_meeting_ended_change_nothing()
    {
        OpenDoor();
        bot.Press(Organizer, Texts.CheckInHandButton.Plain(Lang.Vi));
        var desk = Assert.Single(bot.Store.All<CheckInDesk>());
        bot.Now = Start.AddHours(5);

        bot.PressData(Organizer, new CheckInButton(CheckInButton.Rotate, Id).Encode());
        bot.PressData(Organizer, new CheckInButton(CheckInButton.RotateNow, Id, desk.Version).Encode());
        bot.PressData(Organizer, new CheckInButton(CheckInButton.Hand, Id).Encode());
        bot.PressData(Organizer, new HandCheckInButton(HandCheckInButton.Unit, Id, "P01").Encode());
        bot.PressData(Organizer, new HandCheckInButton(HandCheckInButton.Person, Id, Alice.ToString()).Encode());

        Assert.Equal(desk, Assert.Single(bot.Store.All<CheckInDesk>()));
        Assert.Empty(bot.Store.All<Attendance>());
        Assert.Empty(bot.GuestFiles.Qr.Skip(1));
    }

    [Fact]
    public void The_guest_desks_buttons_after_the_meeting_ended_make_no_invitation()
    {
        bot.Command(Organizer, "/khach");
        var add = new GuestDeskButton(GuestDeskButton.Add, Id).Encode();
        _ = bot.TextsTo(Organizer);
        bot.Now = Start.AddHours(5);

        bot.PressData(Organizer, add);
        bot.PressData(Organizer, new GuestDeskButton(GuestDeskButton.Import, Id).Encode());
        bot.Text(Organizer, Line);

        Assert.Empty(bot.Store.All<Guest>());
        Assert.Equal([Texts.ButtonExpired.Vi(), Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer).Take(2));
        Assert.Null(bot.SessionOf(Organizer)?.Flow);
    }

    [Fact]
    public void A_guests_answer_button_after_the_meeting_ended_changes_nothing_and_says_so()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        var attend = bot.LastWithButtons(Visitor)!.Buttons.SelectMany(r => r).First(b => b.Label == Texts.Attend.Plain(Lang.Vi)).Data;
        _ = bot.TextsTo(Visitor);
        bot.Now = Start.AddHours(5);

        bot.PressData(Visitor, attend);
        bot.Command(Organizer, "/khach");

        Assert.Null(Assert.Single(bot.Store.All<Guest>()).Answer);
        Assert.Equal([Texts.GuestLinkExpired.Vi()], bot.TextsTo(Visitor));
        Assert.Equal(Texts.NoMeetings.Vi(), bot.TextsTo(Organizer)[^1]);
    }
}
