using Bot.Pipeline;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Text;
using FakeTelegram;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Hosting;

public sealed class MeetingsOverTelegramTests : OverFakeTelegram
{
    [Fact]
    public async Task An_organizer_copies_the_plans_conference_and_a_member_answers_with_a_map_pin_and_a_calendar_file()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var member = new Chat(Fake, 901);
        await Journeys.RegisterAsync(member, "Trương Thị Hạnh", "0903111222", "Phường 8", "Ủy viên");
        await Journeys.ApproveAsync(organizer, "Trương Thị Hạnh");
        var nextYear = DateTimeOffset.UtcNow.Year + 1;

        await organizer.Say("/sukien", m => m.Buttons.Any());
        await organizer.Press(organizer.Received.Last().Buttons.First().CallbackData!, m => m.Buttons.Any());
        await organizer.Press("📄 Sao chép thành hội nghị mới");
        var card = await organizer.Say($"08g00 27/4/{nextYear}", m => m.Buttons.Any());
        Assert.Contains($"27/4/{nextYear}", card.Text, StringComparison.Ordinal);

        member.User.SendText("/hoinghi");
        var venue = await member.Next(m => m.Method == "sendVenue");
        var notice = await member.Next(m => m.Buttons.Any());
        Assert.Equal("Hội trường 118 Ngô Quyền", venue.Venue!.Title);
        Assert.Contains($"08g00 ngày 27/4/{nextYear}", notice.Text, StringComparison.Ordinal);
        Assert.Contains(Texts.AnswerNone.Vi, notice.Text, StringComparison.Ordinal);

        var noted = await member.Press("✅ Tham dự");
        Assert.Contains("tham dự", noted.Text, StringComparison.Ordinal);
        var calendar = await member.Press("📅 Thêm vào lịch", m => m.Method == "sendDocument");
        Assert.EndsWith(".ics", calendar.DocumentFileName, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString(calendar.DocumentContent!), StringComparison.Ordinal);

        var stats = await organizer.Say("/thongke", m => m.Text!.Contains("Tổng", StringComparison.Ordinal));
        Assert.Contains("Phường 8: 1 · 0 · 0 · 0", stats.Text, StringComparison.Ordinal);
        var chart = await organizer.Next(m => m.Method == "sendPhoto");
        Assert.Equal($"hoi-nghi-mxh-27-4-{nextYear}-thong-ke.png", chart.DocumentFileName);
        using (var picture = SkiaSharp.SKBitmap.Decode(chart.DocumentContent))
        {
            Assert.Equal(Bot.Files.HeadcountChartImage.Width, picture.Width);
        }

        Assert.Equal(Texts.StatsChartCaption.Vi.Replace("{0}", $"Hội nghị MXH 27/4/{nextYear}", StringComparison.Ordinal), chart.Text);
        var sheet = await organizer.Say("/xuatds", m => m.Method == "sendDocument");
        Assert.EndsWith(".xlsx", sheet.DocumentFileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_goes_out_once_even_when_the_bot_restarts_after_sending_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 4, 20, 8, 0, 0, TimeSpan.FromHours(7)));
        var member = new Chat(Fake, 902);
        var meeting = new Meeting
        {
            Id = "hn-test-20270427",
            Title = "Hội nghị thử",
            StartsAt = new DateTimeOffset(2027, 4, 27, 8, 0, 0, TimeSpan.FromHours(7)),
            RsvpDeadline = clock.GetUtcNow().AddDays(1).AddMinutes(10),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
            Expected = 120,
        };
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, time: clock))
        {
            await Journeys.RegisterAsync(member, "Hồ Văn Nhắc", "0903222333", "Phường 2", "Ủy viên");
            await Journeys.ApproveAsync(new Chat(Fake, BotUnderTest.Organizer), "Hồ Văn Nhắc");
            await member.Next(m => m.Text!.Contains("đã duyệt", StringComparison.Ordinal));
            bot.Service<EntityStore>().Put(meeting);
            Assert.Equal(0, bot.Service<ReminderScheduler>().RunOnce());

            // Advancing the clock also wakes the scheduler's own timer: either run queues it, once.
            clock.Advance(TimeSpan.FromMinutes(20));
            bot.Service<ReminderScheduler>().RunOnce();
            var reminder = await member.Next(m => m.Text!.Contains("🔔", StringComparison.Ordinal));
            Assert.Contains("Hội nghị thử", reminder.Text, StringComparison.Ordinal);
            Assert.Contains(reminder.Buttons, b => b.CallbackData == "rsvp:yes:hn-test-20270427");
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await using var restarted = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, time: clock);
        Assert.Equal(0, restarted.Service<ReminderScheduler>().RunOnce());
        await member.Say("/help");

        Assert.Single(member.Received, m => m.Text!.Contains("🔔", StringComparison.Ordinal));
    }
}
