using System.Text.RegularExpressions;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.CheckIn;
using Domain.Events;
using Domain.Guests;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.Zalo;

/// <summary>
/// The conference day on Zalo, where there are no links or buttons: the guest types
/// "/start g_…" and answers by numbers, checks in by typing "/diemdanh CODE", and the organizer
/// checks another guest in by hand with a numbered list and a typed confirmation.
/// </summary>
public sealed partial class ZaloGuestDayTests : IAsyncLifetime
{
    private const string MeetingId = "hn-zalo-khach";
    private const string Title = "Hội nghị có khách mời";
    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_guest_opens_the_typed_invitation_answers_by_numbers_and_checks_in_by_the_typed_code()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var start = DateTimeOffset.UtcNow.AddMinutes(30);
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = MeetingId,
            Title = Title,
            StartsAt = start,
            RsvpDeadline = start.AddMinutes(-10),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
        });
        var organizer = new ZaloChat(zalo, organizerUser);
        var guest = new ZaloChat(zalo, zalo.AddUser("Khách"));

        var first = await Invite(organizer, "Nguyễn Văn An | Ban Dân vận Quận ủy | Phó Trưởng ban");
        await Invite(organizer, "Lê Thị Tám | Trường Cao đẳng | Phó Hiệu trưởng");

        await guest.Say($"/start {first}", m => m.Text!.Contains(". " + Texts.GuestConsentYes.Plain(Lang.Vi), StringComparison.Ordinal));
        Assert.Contains(guest.Received, m => m.Text!.Contains("Nguyễn Văn An", StringComparison.Ordinal) && m.Text.Contains(Texts.FormalClosing.Plain(Lang.Vi), StringComparison.Ordinal));
        await guest.Choose(Texts.GuestConsentYes.Plain(Lang.Vi), m => m.Text!.Contains(". " + Texts.Attend.Plain(Lang.Vi), StringComparison.Ordinal));
        await guest.Choose(Texts.Attend.Plain(Lang.Vi), m => m.Text == Texts.GuestRsvpAttending.For(Lang.Vi, Title).ToPlain());

        var opened = await organizer.Say("/diemdanh", m => m.Text!.Contains(". " + Texts.CheckInHandButton.Plain(Lang.Vi), StringComparison.Ordinal));
        var code = CodePattern().Match(opened.Text!).Groups[1].Value;
        await guest.Say($"/diemdanh {code}", m => m.Text == Texts.CheckInDone.For(Lang.Vi, "Nguyễn Văn An", Title).ToPlain());
        await guest.Say($"/diemdanh {code}", m => m.Text!.StartsWith("Nguyễn Văn An", StringComparison.Ordinal));

        await organizer.Choose(Texts.CheckInHandButton.Plain(Lang.Vi), m => m.Text!.Contains(Texts.GuestGroup.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.CheckInGroupLabel.For(Lang.Vi, Texts.GuestGroup.Plain(Lang.Vi), 1, 2).ToPlain(), m => m.Text!.Contains("Lê Thị Tám", StringComparison.Ordinal));
        await organizer.Choose("Lê Thị Tám – Trường Cao đẳng", m => m.Text!.Contains(Texts.CheckInConfirmHand.For(Lang.Vi, "Lê Thị Tám").ToPlain(), StringComparison.Ordinal));
        await organizer.Choose(Texts.ConfirmGo.Plain(Lang.Vi), m => m.Text == Texts.CheckInDone.For(Lang.Vi, "Lê Thị Tám", Title).ToPlain());
        await organizer.Next(m => m.Text!.Contains(". " + Texts.CheckInPresentLabel.For(Lang.Vi, "Lê Thị Tám – Trường Cao đẳng").ToPlain(), StringComparison.Ordinal));

        await organizer.Say("/diemdanh", m => m.Text!.Contains(Texts.CheckInShown.For(Lang.Vi, code).ToPlain(), StringComparison.Ordinal));
        await organizer.Choose(Texts.CheckInRotateButton.Plain(Lang.Vi), m => m.Text!.Contains(". " + Texts.CheckInRotateConfirmButton.Plain(Lang.Vi), StringComparison.Ordinal));
        var changed = await organizer.Choose(Texts.CheckInRotateConfirmButton.Plain(Lang.Vi), m => m.Text!.Contains(". " + Texts.CheckInHandButton.Plain(Lang.Vi), StringComparison.Ordinal));
        Assert.DoesNotContain(code, changed.Text!, StringComparison.Ordinal);
        await guest.Say($"/diemdanh {code}", m => m.Text == Texts.CheckInCodeWrong.Plain(Lang.Vi));

        var store = bot.Service<EntityStore>();
        Assert.Equal(2, store.All<Attendance>().Count);
        var invited = store.All<Guest>().ToDictionary(g => g.FullName);
        Assert.Equal($"zalo:{guest.Id}", invited["Nguyễn Văn An"].ClaimedBy);
        Assert.Equal(CheckInWay.Code, store.Find<Attendance>(Attendance.IdFor(MeetingId, invited["Nguyễn Văn An"].Id))!.Way);
        Assert.Equal(CheckInWay.Hand, store.Find<Attendance>(Attendance.IdFor(MeetingId, invited["Lê Thị Tám"].Id))!.Way);
        Assert.All(zalo.SentTo(guest.Id), m => Assert.InRange(m.Text!.Length, 1, 2000));
    }

    /// <summary>Adds one guest through /khach by numbers and returns the typed payload "g_…" the organizer was shown.</summary>
    private static async Task<string> Invite(ZaloChat organizer, string line)
    {
        await organizer.Say("/khach", m => m.Text!.Contains(". " + Texts.GuestAddButton.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.GuestAddButton.Plain(Lang.Vi));
        var made = await organizer.Say(line, m => m.Text!.Contains("/start g_", StringComparison.Ordinal));
        return PayloadPattern().Match(made.Text!).Value;
    }

    [GeneratedRegex("g_[A-Za-z0-9]{22}")]
    private static partial Regex PayloadPattern();

    [GeneratedRegex("Mã: ([A-Z2-9]{6})")]
    private static partial Regex CodePattern();
}
