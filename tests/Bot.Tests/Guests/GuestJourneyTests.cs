using System.Text.RegularExpressions;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.CheckIn;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Guests;

/// <summary>
/// A guest's whole day over the fake Bot API: the organizer's invitation link, the guest's consent
/// and answer across a restart, the door QR scanned, one check-in only, and the guest seen only as a guest.
/// </summary>
public sealed partial class GuestJourneyTests : OverFakeTelegram
{
    private const string MeetingId = "hn-khach";
    private const string GuestName = "Nguyễn Văn Khách";

    private Task<BotUnderTest> Start() => BotUnderTest.StartAsync(Fake, Folder.DatabasePath, new Dictionary<string, string?>
    {
        ["Flood:Burst"] = "1000",
    });

    [Fact]
    public async Task A_guest_is_invited_consents_after_a_restart_answers_checks_in_once_and_appears_only_as_a_guest()
    {
        var bot = await Start();
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var guest = new Chat(Fake, 3001, "Khách");
        var start = DateTimeOffset.UtcNow.AddMinutes(30);
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = MeetingId,
            Title = "Hội nghị có khách mời",
            StartsAt = start,
            RsvpDeadline = start.AddMinutes(-10),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
        });

        await organizer.Say("/khach", m => m.Buttons.Any(b => b.CallbackData == $"khach:add:{MeetingId}"));
        await organizer.Press($"khach:add:{MeetingId}");
        var made = await organizer.Say($"{GuestName} | Ban Tuyên giáo Quận ủy | Trưởng ban", m => m.Text!.Contains("t.me", StringComparison.Ordinal));
        var link = LinkPattern().Match(made.Text!).Value;
        Assert.StartsWith("https://t.me/mttq_q5_test_bot?start=g_", link, StringComparison.Ordinal);

        await guest.Say($"/start {link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]}", m => m.Buttons.Any(b => b.Text == Texts.GuestConsentYes.Plain(Lang.Vi)));
        await bot.StopAsync();
        await using (bot = await Start())
        {
            await guest.Press(Texts.GuestConsentYes.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.Attend.Plain(Lang.Vi)));
            await guest.Press(Texts.Attend.Plain(Lang.Vi), m => m.Text == Texts.GuestRsvpAttending.For(Lang.Vi, "Hội nghị có khách mời").Value);

            var photo = await organizer.Say("/diemdanh", m => m.Method == "sendPhoto");
            var (door, _, _) = QrDecoder.Decode(photo.DocumentContent!);
            Assert.StartsWith("https://t.me/mttq_q5_test_bot?start=d_", door, StringComparison.Ordinal);
            var payload = door[(door.IndexOf('=', StringComparison.Ordinal) + 1)..];
            await guest.Say($"/start {payload}", m => m.Text!.Contains(GuestName, StringComparison.Ordinal));
            await guest.Say($"/start {payload}", m => m.Text!.Contains(GuestName, StringComparison.Ordinal));

            var store = bot.Service<EntityStore>();
            var record = Assert.Single(store.All<Guest>());
            Assert.Equal((RsvpAnswer.Attending, "telegram:3001"), (record.Answer, record.ClaimedBy));
            var presence = Assert.Single(store.All<Attendance>());
            Assert.Equal((record.Id, PresenceKind.Guest, CheckInWay.Link), (presence.PersonId, presence.Kind, presence.Way));
            Assert.Empty(store.All<Member>());
            var already = Texts.CheckInAlready.Vi.Split('{')[1][2..];
            Assert.Single(guest.Received, m => m.Text!.StartsWith(GuestName + already, StringComparison.Ordinal));

            var stats = await organizer.Say("/thongke", m => m.Text!.Contains(Texts.StatsPresentTotal.For(Lang.Vi, 1).Value, StringComparison.Ordinal));
            Assert.Contains(Texts.StatsGuests.For(Lang.Vi, Texts.GuestGroup.Plain(Lang.Vi), 1, 0, 0, 0).Value, stats.Text!, StringComparison.Ordinal);
            var members = await organizer.Say("/thanhvien");
            Assert.DoesNotContain(GuestName, members.Text!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_plain_member_and_a_stranger_cannot_open_the_door_or_list_guests()
    {
        await using var bot = await Start();
        var stranger = new Chat(Fake, 3002);
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = MeetingId,
            Title = "Hội nghị có khách mời",
            StartsAt = DateTimeOffset.UtcNow.AddMinutes(30),
            RsvpDeadline = DateTimeOffset.UtcNow.AddMinutes(20),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
        });

        var door = await stranger.Say("/diemdanh");
        var list = await stranger.Say("/khach");
        stranger.User.PressButton(door, $"ci:rot:{MeetingId}");
        var rotate = await stranger.Next();

        Assert.Equal(Texts.CheckInHowTo.Plain(Lang.Vi), door.Text);
        Assert.Equal(Texts.NotAllowed.Plain(Lang.Vi), list.Text);
        Assert.Equal(Texts.NotAllowed.Plain(Lang.Vi), rotate.Text);
        Assert.Empty(bot.Service<EntityStore>().All<CheckInDesk>());
        Assert.DoesNotContain(Fake.SentTo(3002), m => m.Method == "sendPhoto");
    }

    [GeneratedRegex(@"https://t\.me/\S+?start=g_[A-Za-z0-9]{22}")]
    private static partial Regex LinkPattern();
}
