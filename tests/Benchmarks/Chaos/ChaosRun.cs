using System.Diagnostics;
using Bot.Hosting;
using Bot.Storage;
using Domain.Members;
using FakeTelegram;

namespace Benchmarks.Chaos;

/// <summary>The size and pace of a chaos run.</summary>
/// <param name="People">Simulated people, each registering, answering the meeting and writing a comment (14 updates).</param>
/// <param name="UpdatesPerSecond">All people's updates together, evenly spaced, so that the kills land while the load runs.</param>
/// <param name="MinKills">Kills the run must survive; it fails when the people finish before that many.</param>
/// <param name="MaxKills">No more kills after this many; the rest of the run settles.</param>
/// <param name="KillEvery">The pause between one start and the next kill: uniform between these.</param>
/// <param name="Broadcasts">Notices the organizer sends to every member during the run.</param>
/// <param name="ParallelSends">The sender's parallel sends: the messages in flight at a kill, at most.</param>
/// <param name="StepTimeout">How long a person waits for each answer (restarts included).</param>
internal sealed record ChaosOptions(
    int People,
    double UpdatesPerSecond,
    int MinKills,
    int MaxKills,
    (TimeSpan Min, TimeSpan Max) KillEvery,
    int Broadcasts,
    int ParallelSends,
    TimeSpan StepTimeout,
    int Seed);

/// <summary>
/// The chaos run: the real bot in its own process against the fake Bot API, a few hundred people and
/// an organizer at work, the bot killed with SIGKILL at random moments and started again on the same
/// data file; then <see cref="ChaosChecks"/> reads the fake's record and the data file.
/// </summary>
internal static class ChaosRun
{
    public const long FirstPerson = 700_000;

    public static async Task<ChaosResult> RunAsync(ChaosOptions options, Action<string> progress)
    {
        var folder = Directory.CreateTempSubdirectory("bot-chaos-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "bot.db");
            SeedMeeting(databasePath);
            var units = UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));
            await using var fake = await FakeBotApi.StartAsync();
            var people = Enumerable.Range(0, options.People).Select(i => new SimUser(fake.User(FirstPerson + i, $"Người {i}"))).ToList();
            var organizer = new SimUser(fake.User(ChaosBot.Organizer, "Ban Tổ chức"));
            var byChat = people.Append(organizer).ToDictionary(u => u.Id);
            using var stop = new CancellationTokenSource();
            var feed = Task.Run(() => new SentFeed(fake, m => byChat.GetValueOrDefault(m.ChatId)?.Deliver(m)).RunAsync(stop.Token));

            using var bot = new ChaosBot(fake, databasePath, options.ParallelSends);
            var clock = Stopwatch.StartNew();
            await bot.StartAsync(TimeSpan.FromSeconds(60));
            progress($"chaos: bot up in {clock.Elapsed.TotalSeconds:0.0} s; {options.People} people start");

            var work = new Workload(people, organizer, units, options);
            var running = work.RunAsync();
            var kills = await KillWhileRunningAsync(bot, running, options, progress);
            await running;
            progress($"chaos: people done after {clock.Elapsed.TotalSeconds:0.0} s and {kills.Count} kills; settling");

            var unconfirmed = await SettleAsync(fake, bot, work);
            bot.Kill();
            await stop.CancelAsync();
            await feed;

            var result = ChaosChecks.Check(databasePath, fake, work, kills, unconfirmed, bot.Starts, options, clock.Elapsed);
            progress($"chaos: checked in {clock.Elapsed.TotalSeconds:0.0} s");
            return result;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void SeedMeeting(string databasePath)
    {
        var plan = MeetingFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "meetings.json"))[0];
        var offset = TimeSpan.FromHours(7);
        var starts = new DateTimeOffset(DateTimeOffset.UtcNow.ToOffset(offset).Date.AddDays(30).AddHours(8), offset);
        using var database = new Database(databasePath, StoredEntities.Types);
        new EntityStore(database).Put(plan with { Id = ChaosScripts.MeetingId, StartsAt = starts, RsvpDeadline = starts.AddDays(-10) });
    }

    /// <summary>Kills the bot at random moments while the people work; each kill is followed by a start on the same file.</summary>
    private static async Task<IReadOnlyList<KillRecord>> KillWhileRunningAsync(ChaosBot bot, Task running, ChaosOptions options, Action<string> progress)
    {
        var random = new Random(options.Seed);
        var kills = new List<KillRecord>();
        while (kills.Count < options.MaxKills && !running.IsCompleted)
        {
            var (min, max) = options.KillEvery;
            var pause = min + ((max - min) * random.NextDouble());
            await Task.WhenAny(running, Task.Delay(pause));
            if (running.IsCompleted)
            {
                break;
            }

            if (bot.Crashed)
            {
                throw new InvalidOperationException($"The bot stopped by itself before kill {kills.Count + 1}:\n{bot.Tail}");
            }

            var at = DateTimeOffset.UtcNow;
            bot.Kill();
            var restart = Stopwatch.StartNew();
            await bot.StartAsync(TimeSpan.FromSeconds(90));
            kills.Add(new KillRecord(at, restart.Elapsed.TotalSeconds));
            progress($"chaos: kill {kills.Count}, up again in {restart.Elapsed.TotalSeconds:0.0} s");
        }

        return kills;
    }

    /// <summary>Until every update is confirmed and nothing more arrives; returns the updates still unconfirmed.</summary>
    private static async Task<int> SettleAsync(FakeBotApi fake, ChaosBot bot, Workload work)
    {
        try
        {
            await fake.WaitUntilConfirmedAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            // Reported by the checks as unconfirmed updates.
        }

        // Notices go to every member in the bulk lane; wait for the last of them, and then for quiet.
        var quiet = Stopwatch.StartNew();
        var limit = Stopwatch.StartNew();
        var last = fake.AllSent.Count;
        while (quiet.Elapsed < TimeSpan.FromSeconds(3) && limit.Elapsed < TimeSpan.FromSeconds(90) && !bot.Crashed)
        {
            await Task.Delay(250);
            var now = fake.AllSent.Count;
            if (now != last || !work.NoticesArrived())
            {
                last = now;
                quiet.Restart();
            }
        }

        return fake.PendingUpdates;
    }
}

/// <summary>One kill: when, and how long the next start took until the bot polled again.</summary>
internal sealed record KillRecord(DateTimeOffset At, double RestartSeconds);
