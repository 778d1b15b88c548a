using Bot.Storage;
using Bot.Tests.Support;
using Domain.CheckIn;
using Domain.Events;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Guests;

/// <summary>
/// The door over the fake Bot API and a restart: a second /diemdanh shows the same QR, so the one
/// printed before the restart still admits, and only the confirmed 🔄 changes it.
/// </summary>
public sealed class DoorRestartTests : OverFakeTelegram
{
    private const string MeetingId = "hn-cua";

    private Task<BotUnderTest> Start() => BotUnderTest.StartAsync(Fake, Folder.DatabasePath, new Dictionary<string, string?>
    {
        ["Flood:Burst"] = "1000",
    });

    [Fact]
    public async Task After_a_restart_the_door_shows_the_same_QR_until_the_change_is_confirmed()
    {
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var stranger = new Chat(Fake, 3003);
        var bot = await Start();
        var start = DateTimeOffset.UtcNow.AddMinutes(30);
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = MeetingId,
            Title = "Hội nghị có cửa điểm danh",
            StartsAt = start,
            RsvpDeadline = start.AddMinutes(-10),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
        });
        var first = QrDecoder.Decode((await organizer.Say("/diemdanh", m => m.Method == "sendPhoto")).DocumentContent!).Text;
        await organizer.Next(m => m.Buttons.Any(b => b.Text == Texts.CheckInRotateButton.Plain(Lang.Vi)));
        await bot.StopAsync();

        await using (bot = await Start())
        {
            var again = QrDecoder.Decode((await organizer.Say("/diemdanh", m => m.Method == "sendPhoto")).DocumentContent!).Text;
            await organizer.Next(m => m.Buttons.Any(b => b.Text == Texts.CheckInRotateButton.Plain(Lang.Vi)));
            var payload = first[(first.IndexOf('=', StringComparison.Ordinal) + 1)..];
            await stranger.Say($"/start {payload}", m => m.Text == Texts.CheckInAskDelegateName.Plain(Lang.Vi));

            Assert.Equal(first, again);
            Assert.Equal(1, Assert.Single(bot.Service<EntityStore>().All<CheckInDesk>()).Version);

            await organizer.Press(Texts.CheckInRotateButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.CheckInRotateConfirmButton.Plain(Lang.Vi)));
            Assert.Equal(1, Assert.Single(bot.Service<EntityStore>().All<CheckInDesk>()).Version);
            var changed = QrDecoder.Decode((await organizer.Press(Texts.CheckInRotateConfirmButton.Plain(Lang.Vi), m => m.Method == "sendPhoto")).DocumentContent!).Text;
            await stranger.Say($"/start {payload}", m => m.Text == Texts.CheckInLinkInvalid.Plain(Lang.Vi));

            Assert.NotEqual(first, changed);
            Assert.Equal(2, Assert.Single(bot.Service<EntityStore>().All<CheckInDesk>()).Version);
        }
    }
}
