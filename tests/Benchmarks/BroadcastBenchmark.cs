using System.Diagnostics;
using System.Globalization;
using Bot.Hosting;
using Bot.Storage;
using Domain.Members;
using FakeTelegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Benchmarks;

/// <summary>What one broadcast run measured.</summary>
internal sealed record BroadcastResult(
    int Limit,
    bool Paid,
    int Recipients,
    double Seconds,
    double AchievedPerSecond,
    int MaxInAnySecond,
    int TooManyRequests,
    int Duplicates,
    int Missing,
    long PeakWorkingSetBytes);

/// <summary>
/// Issue 5's pacing benchmark: one broadcast to N seeded members through the real host, against the
/// fake Bot API enforcing an overall limit as Telegram does (429 with retry_after above it).
/// </summary>
internal static class BroadcastBenchmark
{
    private const string Text = "Thông báo: hội nghị bắt đầu lúc 08g00 ngày 27/4/2027 tại Hội trường 118 Ngô Quyền.";

    /// <param name="progress">Delivery:ProgressInterval: how often the organizer's progress is counted (reads every row of the notice).</param>
    public static async Task<BroadcastResult> RunAsync(int limit, int recipients, bool paid, string progress = "00:00:03")
    {
        var folder = Path.Combine(Path.GetTempPath(), "bot-bench-broadcast-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "bot.db");
        try
        {
            Seed(database, recipients);
            await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { GlobalLimitPerSecond = limit, RetryAfterSeconds = 1 });
            var settings = BenchHost.Settings(fake.Token, fake.BaseUrl, database);
            settings["Telegram:GlobalPerSecond"] = paid ? "30" : limit.ToString(CultureInfo.InvariantCulture);
            settings["Telegram:AllowPaidBroadcast"] = paid ? "true" : "false";
            settings["Telegram:PaidBroadcastPerSecond"] = limit.ToString(CultureInfo.InvariantCulture);
            settings["Telegram:PerChatPerSecond"] = "1";
            settings["Telegram:PerChatBurst"] = "3";
            settings["Delivery:MaxParallelSends"] = paid ? "64" : "8";
            settings["Delivery:ProgressInterval"] = progress;
            using var host = BotHost.Build([], TextReader.Null, TextWriter.Null, builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
            });
            await host.StartAsync();
            try
            {
                await ComposeAsync(fake);
                var clock = Stopwatch.StartNew();
                var deadline = TimeSpan.FromSeconds(Math.Max(60, 3.0 * recipients / limit + 30));
                while (Delivered(fake) < recipients && clock.Elapsed < deadline)
                {
                    await Task.Delay(50);
                }

                // Anything still to come (a duplicate, say) has time to show up.
                await Task.Delay(1500);
                return Measure(fake, limit, paid, recipients);
            }
            finally
            {
                await host.StopAsync();
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder.
            }
        }
    }

    private static void Seed(string databasePath, int count)
    {
        using var database = new Database(databasePath, StoredEntities.Types);
        var store = new EntityStore(database);
        database.InTransaction(() =>
        {
            for (var i = 0; i < count; i++)
            {
                store.Put(new Member
                {
                    Id = $"telegram:{100_000 + i}",
                    FullName = "Thành Viên Thử",
                    Phone = "+84901234567",
                    UnitCode = $"P{(i % 14) + 1:00}",
                    Position = "Ủy viên",
                    Status = MemberStatus.Approved,
                });
            }

            return 0;
        });
    }

    private static async Task ComposeAsync(FakeBotApi fake)
    {
        var organizer = fake.User(BenchHost.Organizer);
        organizer.SendText("/thongbao");
        await fake.WaitForAsync(BenchHost.Organizer, m => m.Text?.Contains("Soạn thông báo", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        organizer.SendText(Text);
        await PressAsync(fake, organizer, "bc:all");
        await PressAsync(fake, organizer, "bc:b:");
        await PressAsync(fake, organizer, "bc:send");
    }

    private static async Task PressAsync(FakeBotApi fake, FakeUser organizer, string data)
    {
        var message = await fake.WaitForAsync(BenchHost.Organizer, m => m.Buttons.Any(b => b.CallbackData == data), TimeSpan.FromSeconds(30));
        organizer.PressButton(message, data);
    }

    // The organizer's preview shows the same text: only members' copies count.
    private static int Delivered(FakeBotApi fake) => fake.AllSent.Count(m => m.Text == Text && m.ChatId != BenchHost.Organizer);

    private static BroadcastResult Measure(FakeBotApi fake, int limit, bool paid, int recipients)
    {
        var sends = fake.AllSent.Where(m => m.Text == Text && m.ChatId != BenchHost.Organizer).OrderBy(m => m.At).ToList();
        var perChat = sends.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        var seconds = sends.Count > 1 ? (sends[^1].At - sends[0].At).TotalSeconds : 0;
        var maxInAnySecond = 0;
        for (int first = 0, last = 0; last < sends.Count; last++)
        {
            while (sends[last].At - sends[first].At >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            maxInAnySecond = Math.Max(maxInAnySecond, last - first + 1);
        }

        return new BroadcastResult(
            limit,
            paid,
            recipients,
            seconds,
            seconds > 0 ? (sends.Count - 1) / seconds : 0,
            maxInAnySecond,
            fake.TooManyRequests,
            Duplicates: perChat.Values.Sum(c => Math.Max(0, c - 1)),
            Missing: recipients - perChat.Count,
            Process.GetCurrentProcess().PeakWorkingSet64);
    }
}
