using Domain.CheckIn;
using Domain.Conversations;
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
/// The door's code during the welcome: /diemdanh again shows the same code and QR, so what is
/// printed on the desk keeps working; only a confirmed 🔄 changes it.
/// </summary>
public sealed class DoorCodeTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private static readonly UserKey Second = new("tg", "9002");

    private readonly ConversationDriver bot = new(Settings(Organizer, Second));

    public DoorCodeTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị Hoa", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Nam", "P02", "+84901000002");
        bot.Now = Start.AddMinutes(-30);
    }

    private string OpenDoor()
    {
        bot.Command(Organizer, "/diemdanh");
        return Code(bot);
    }

    private string Payload(int showing = 0) => bot.GuestFiles.Qr[showing].Content["/start ".Length..];

    private CheckInDesk Desk() => Assert.Single(bot.Store.All<CheckInDesk>());

    private bool Present(UserKey member) => bot.Store.Find<Attendance>(Attendance.IdFor(Id, member.ToString())) is not null;

    /// <summary>The organizer looks at the door, then changes its code.</summary>
    private void Rotate(UserKey organizer)
    {
        bot.Command(organizer, "/diemdanh");
        bot.Press(organizer, Texts.CheckInRotateButton.Plain(Lang.Vi));
        bot.Press(organizer, Texts.CheckInRotateConfirmButton.Plain(Lang.Vi));
    }

    [Fact]
    public void A_second_diemdanh_shows_the_same_code_and_QR_and_the_printed_ones_still_check_in()
    {
        var code = OpenDoor();
        var desk = Desk();

        bot.Command(Second, "/diemdanh");
        bot.Command(Organizer, "/diemdanh");
        bot.Command(Alice, $"/diemdanh {code}");
        bot.Command(Bob, $"/start {Payload()}");

        Assert.Equal(desk, Desk());
        Assert.Equal(Texts.CheckInShown.Vi(code), bot.TextsTo(Second)[^1]);
        Assert.Equal(3, bot.GuestFiles.Qr.Count);
        Assert.All(bot.GuestFiles.Qr, q => Assert.Equal(bot.GuestFiles.Qr[0], q));
        Assert.Single(bot.AllSentTo(Second).OfType<PhotoOut>());
        Assert.True(Present(Alice));
        Assert.True(Present(Bob));
    }

    [Fact]
    public void The_door_caption_puts_no_bracket_inside_a_bracket()
    {
        var code = OpenDoor();

        var caption = Assert.Single(bot.Replies(Organizer).OfType<PhotoOut>()).Caption!.Value.Value;

        Assert.Equal(Texts.CheckInQrCaption.Vi(code, Sample().Label, MeetingFormat.Inline(Start.AddHours(4), Saigon, Lang.Vi)), caption);
        Brackets.NotNested(caption);
    }

    [Fact]
    public void The_change_button_asks_first_naming_the_code_that_stops_working()
    {
        var code = OpenDoor();
        var desk = Desk();

        bot.Press(Organizer, Texts.CheckInRotateButton.Plain(Lang.Vi));

        Assert.Equal(desk, Desk());
        Assert.Equal(Texts.CheckInRotateAsk.Vi(code, Sample().Label), bot.TextsTo(Organizer)[^1]);
        bot.Command(Alice, $"/diemdanh {code}");
        Assert.True(Present(Alice));
    }

    [Fact]
    public void After_a_confirmed_change_the_old_code_and_QR_are_refused_and_the_new_ones_kept()
    {
        var old = OpenDoor();
        var oldPayload = Payload();

        Rotate(Second);
        var code = Desk().Code;
        bot.Command(Alice, $"/diemdanh {old}");
        bot.Command(Alice, $"/start {oldPayload}");
        bot.Command(Organizer, "/diemdanh");

        Assert.NotEqual(old, code);
        Assert.Equal(Texts.CheckInRotated.Vi(code), bot.TextsTo(Second)[^1]);
        Assert.Equal([Texts.CheckInCodeWrong.Vi(), Texts.CheckInLinkInvalid.Vi()], bot.TextsTo(Alice));
        Assert.False(Present(Alice));
        Assert.Equal(Texts.CheckInShown.Vi(code), bot.TextsTo(Organizer)[^1]);
        Assert.Equal(2, Desk().Version);
        bot.Command(Alice, $"/diemdanh {code}");
        Assert.True(Present(Alice));
    }

    [Fact]
    public void A_confirmation_left_from_before_another_change_changes_nothing_more()
    {
        OpenDoor();
        bot.Press(Organizer, Texts.CheckInRotateButton.Plain(Lang.Vi));
        var stale = bot.LastWithButtons(Organizer)!.Buttons[0][0].Data;
        Rotate(Second);
        var desk = Desk();

        bot.PressData(Organizer, stale);
        bot.PressData(Organizer, new CheckInButton(CheckInButton.RotateNow, Id, 99).Encode());

        Assert.Equal(desk, Desk());
        Assert.Equal(Code(bot), desk.Code);
        Assert.Equal(2, bot.TextsTo(Organizer).Count(t => t == Texts.CheckInRotateStale.Vi()));
    }

    [Fact]
    public void A_plain_member_or_a_stranger_cannot_see_or_change_the_code()
    {
        var code = OpenDoor();
        var desk = Desk();
        var confirm = new CheckInButton(CheckInButton.RotateNow, Id, desk.Version).Encode();

        bot.Command(Alice, "/diemdanh");
        bot.PressData(Alice, new CheckInButton(CheckInButton.Rotate, Id).Encode());
        bot.PressData(Alice, confirm);
        bot.PressData(Carol, new CheckInButton(CheckInButton.Open, Id).Encode());
        bot.PressData(Carol, confirm);

        Assert.Equal(desk, Desk());
        Assert.Equal([Texts.CheckInHowTo.Vi(), Texts.NotAllowed.Vi(), Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        Assert.Equal([Texts.NotAllowed.Vi(), Texts.NotAllowed.Vi()], bot.TextsTo(Carol));
        Assert.DoesNotContain(bot.AllSentTo(Alice).Concat(bot.AllSentTo(Carol)).OfType<TextOut>(), t => t.Text.Value.Contains(code, StringComparison.Ordinal));
        Assert.Single(bot.GuestFiles.Qr);
    }

    [Fact]
    public void A_change_button_after_the_meeting_ended_changes_nothing()
    {
        OpenDoor();
        bot.Press(Organizer, Texts.CheckInRotateButton.Plain(Lang.Vi));
        var confirm = bot.LastWithButtons(Organizer)!.Buttons[0][0].Data;
        var desk = Desk();
        bot.Now = Start.AddHours(5);

        bot.PressData(Organizer, confirm);
        bot.PressData(Organizer, new CheckInButton(CheckInButton.Rotate, Id).Encode());

        Assert.Equal(desk, Desk());
        Assert.Equal([Texts.ButtonExpired.Vi(), Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer).TakeLast(2));
    }

    [Fact]
    public void A_guessed_code_is_refused_and_counts_as_a_wrong_try()
    {
        var code = OpenDoor();
        var guess = code == "AAAAAA" ? "BBBBBB" : "AAAAAA";

        bot.Command(Alice, $"/diemdanh {guess}");

        Assert.False(Present(Alice));
        Assert.Equal([Texts.CheckInCodeWrong.Vi()], bot.TextsTo(Alice));
        Assert.Single(Assert.IsType<CodeAttempts>(bot.Store.Find<CodeAttempts>(Alice.ToString())).Failures);
    }

    [Fact]
    public void After_a_restart_the_door_shows_the_same_code_and_it_still_checks_in()
    {
        var code = OpenDoor();

        var restarted = new ConversationDriver(bot.Settings, bot.Store) { Now = bot.Now.AddMinutes(5) };
        restarted.Command(Second, "/diemdanh");
        restarted.Command(Alice, $"/diemdanh {code}");

        Assert.Equal(Texts.CheckInShown.Vi(code), restarted.TextsTo(Second)[^1]);
        Assert.Equal(1, Desk().Version);
        Assert.NotNull(restarted.Store.Find<Attendance>(Attendance.IdFor(Id, Alice.ToString())));
    }

    [Fact]
    public void A_door_opened_before_codes_were_kept_is_opened_afresh_once()
    {
        bot.Store.Put(new CheckInDesk { Id = Id, LinkHash = SecretToken.Hash("old"), CodeHash = SecretToken.HashCode("OLDOLD"), OpenedAt = bot.Now, OpenedBy = Organizer.ToString() });

        var code = OpenDoor();
        bot.Command(Second, "/diemdanh");

        Assert.Equal(Texts.CheckInRotated.Vi(code), bot.TextsTo(Organizer)[^1]);
        Assert.Equal(Texts.CheckInShown.Vi(code), bot.TextsTo(Second)[^1]);
        Assert.Equal((2, code), (Desk().Version, Desk().Code));
    }
}
