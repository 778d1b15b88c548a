using System.Diagnostics;
using System.Globalization;
using Bot.Storage;
using Domain.Events;
using FakeTelegram;

namespace Benchmarks;

/// <summary>
/// Everything the database holds after the run, checked against what was sent. Outbox rows to the console
/// channel are counted apart: appsettings.json names console user 1001 an organizer, so every registration
/// also queues an approval card to it, which no sender serves in Telegram mode ("no sender for channel console").
/// </summary>
internal sealed record Durability(
    int InboxRows,
    int InboxUnhandled,
    int OutboxSent,
    int OutboxNotSent,
    int OutboxToConsole,
    int Members,
    int ApprovedMembers,
    int Answers,
    IReadOnlyList<string> NotSentReasons)
{
    public bool Complete(int users, int updates) =>
        InboxUnhandled == 0 && OutboxNotSent == 0 && InboxRows >= updates && Members >= users && Answers >= users;
}

/// <summary>One run of part 1 (the bot) or part 2 (the echo handler).</summary>
internal sealed record PipelineResult(
    string Mode,
    int Users,
    double? PacedRate,
    PhaseResult Registration,
    PhaseResult Rsvp,
    PhaseResult Total,
    double RegistrationDrainSeconds,
    double RsvpDrainSeconds,
    int MessagesToUsers,
    int MessagesToOthers,
    int AnsweredCallbacks,
    Durability? Stored,
    double DatabaseMb,
    MemoryReport Memory,
    MemoryReport LoadGenerator,
    SlowUpdates Slow,
    IReadOnlyList<string> Warnings);

/// <summary>Updates answered in more than 50 ms, and how many of them overlapped a garbage collection pause.</summary>
internal sealed record SlowUpdates(int Over50Ms, int DuringGcPause, int GcPauses, double LongestGcPauseMs);

/// <summary>
/// Part 1 and part 2: N people register and then answer an invitation, all at once (saturated) or at a
/// fixed rate (paced), against the real bot host or the echo handler, over the fake Bot API on 127.0.0.1.
/// </summary>
internal static class PipelineBenchmark
{
    public const string MeetingId = "hn-bench";
    private const long FirstUser = 100_001;
    private const long FirstWarmupUser = 900_001;

    // Generous: a saturated run's last answers may take a few minutes to drain on a slow machine.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task<PipelineResult> RunAsync(bool echo, int users, double? rate, int warmup, int parallelSends, int trace, string? samplesFile = null)
    {
        using var sampler = new MemorySampler();
        using var gcPauses = new GcPauses();
        var folder = Directory.CreateTempSubdirectory("bot-bench-");
        var databasePath = Path.Combine(folder.FullName, "bot.db");
        var units = UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));
        var others = 0;
        try
        {
            await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { KeepCopies = false });
            var sims = new Dictionary<long, SimUser>();
            var warmupUsers = Create(fake, sims, FirstWarmupUser, warmup);
            var mainUsers = Create(fake, sims, FirstUser, users);
            var feed = new SentFeed(fake, m =>
            {
                if (sims.TryGetValue(m.ChatId, out var user))
                {
                    user.Deliver(m);
                }
                else
                {
                    Interlocked.Increment(ref others);
                }
            });
            using var stopFeed = new CancellationTokenSource();
            var feedTask = Task.Run(() => feed.RunAsync(stopFeed.Token));

            using var bot = SelfProcess.Start([
                "pipeline-bot", echo ? "echo" : "bot", fake.Token, fake.BaseUrl, databasePath,
                (users + warmup).ToString(CultureInfo.InvariantCulture), parallelSends.ToString(CultureInfo.InvariantCulture)]);
            await bot.ReadAsync("READY", Timeout);
            await WaitForFirstPollAsync(fake);
            Task Idle() => AskAsync(bot, "idle");

            if (warmup > 0)
            {
                Progress($"{Label(echo)}: warming up with {warmup} users");
                await LoadRunner.RunAsync("warm-up registration", warmupUsers, u => Scripts.Registration(u.Id, units, echo), null);
                await Idle();
                await AskAsync(bot, $"approve {FirstWarmupUser} {warmup}");
                await LoadRunner.RunAsync("warm-up answer", warmupUsers, _ => Scripts.Rsvp(MeetingId, echo), null);
                await Idle();
            }

            var gate = rate is { } r ? new RateGate(r) : null;
            Progress($"{Label(echo)}: {users} users register{(gate is null ? " all at once" : string.Create(CultureInfo.InvariantCulture, $" at {gate.PerSecond:0} updates/s"))}");
            var (registration, registrationSamples) = await LoadRunner.RunAsync(
                "registration", mainUsers, u => Scripts.Registration(u.Id, units, echo), gate, Tracer(trace));
            var registrationDrain = await DrainAsync(Idle, registrationSamples);
            Progress($"{Label(echo)}: {registration.UpdatesPerSecond:0} updates/s, answered {registration.Answered}");

            if (!echo)
            {
                var approve = Stopwatch.StartNew();
                await AskAsync(bot, $"approve {FirstUser} {users}");
                Progress($"bot: approval of {users} members written in {approve.Elapsed.TotalSeconds:0.0} s (not timed)");
            }

            gate = rate is { } r2 ? new RateGate(r2) : null;
            var (rsvp, rsvpSamples) = await LoadRunner.RunAsync("rsvp", mainUsers, _ => Scripts.Rsvp(MeetingId, echo), gate, Tracer(trace));
            var rsvpDrain = await DrainAsync(Idle, rsvpSamples);
            Progress($"{Label(echo)}: {rsvp.UpdatesPerSecond:0} updates/s, answered {rsvp.Answered}");

            var stored = echo ? null : await AskJsonAsync<Durability>(bot, "check", "CHECK");
            var messagesToUsers = mainUsers.Sum(u => u.ReceivedCount);
            var callbacks = fake.AnsweredCallbacks.Count;
            var report = await AskJsonAsync<PipelineBotReport>(bot, "stop", "REPORT");
            await bot.WaitForExitAsync(Timeout);
            var driver = sampler.Report();
            var databaseMb = FilesMb(folder.FullName);

            await stopFeed.CancelAsync();
            await feedTask;

            // A slow answer may wait for either process's collections: the bot's or the fake's and users'.
            var samples = registrationSamples.Concat(rsvpSamples).ToList();
            var allPauses = report.Pauses.Select(p => (p.Start, p.End)).Concat(gcPauses.Pauses).OrderBy(p => p.Start).ToList();
            var total = PhaseResult.Combine("total", [registration, rsvp], samples);
            if (samplesFile is not null)
            {
                await WriteSamplesAsync(samplesFile, samples, allPauses);
            }

            var (over50, duringGc) = GcPauses.Explain(samples, TimeSpan.FromMilliseconds(50), allPauses);
            var measuredFrom = samples.Count == 0 ? DateTime.MaxValue : samples.Min(s => s.Sent).UtcDateTime;
            var pauses = allPauses.Where(p => p.End > measuredFrom).ToList();
            var slow = new SlowUpdates(over50, duringGc, pauses.Count, pauses.Count == 0 ? 0 : pauses.Max(p => (p.End - p.Start).TotalMilliseconds));
            var memory = report.Memory with
            {
                // The bot's process counts the fake and the simulated users among the others.
                OtherProcessesCores = Math.Max(0, report.Memory.OtherProcessesCores - driver.CoresUsed),
            };

            return new PipelineResult(
                echo ? "echo" : "bot",
                users,
                rate,
                registration,
                rsvp,
                total,
                registrationDrain,
                rsvpDrain,
                messagesToUsers,
                Volatile.Read(ref others),
                callbacks,
                stored,
                databaseMb,
                memory,
                driver,
                slow,
                report.Warnings);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A future meeting with the plan's programme and invitees, open for answers.</summary>
    public static Meeting Meeting(DateTimeOffset now, int expected)
    {
        var plan = MeetingFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "meetings.json"))[0];
        var offset = TimeSpan.FromHours(7);
        var starts = new DateTimeOffset(now.ToOffset(offset).Date.AddDays(30).AddHours(8), offset);
        return plan with
        {
            Id = MeetingId,
            StartsAt = starts,
            RsvpDeadline = starts.AddDays(-10),
            Expected = expected,
        };
    }

    public static async Task WaitForFirstPollAsync(FakeBotApi fake)
    {
        var limit = Stopwatch.StartNew();
        while (fake.Calls("getUpdates") == 0)
        {
            if (limit.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("The bot did not poll within 60 s.");
            }

            await Task.Delay(1);
        }
    }

    public static void Progress(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

    private static string Label(bool echo) => echo ? "echo" : "bot";

    private static List<SimUser> Create(FakeBotApi fake, Dictionary<long, SimUser> sims, long first, int count)
    {
        var list = new List<SimUser>(count);
        for (var id = first; id < first + count; id++)
        {
            var user = new SimUser(fake.User(id, Scripts.NameOf(id).Split(' ')[^1]));
            sims[id] = user;
            list.Add(user);
        }

        return list;
    }

    /// <summary>Seconds from the last user's answer until the bot had nothing left to do.</summary>
    private static async Task AskAsync(SelfProcess bot, string command)
    {
        await bot.SendAsync(command);
        await bot.ReadAsync("OK", Timeout);
    }

    private static async Task<T> AskJsonAsync<T>(SelfProcess bot, string command, string answer)
    {
        await bot.SendAsync(command);
        return await bot.ReadJsonAsync<T>(answer, Timeout);
    }

    private static async Task<double> DrainAsync(Func<Task> idle, IReadOnlyList<Sample> samples)
    {
        await idle();
        var done = DateTimeOffset.UtcNow;
        return samples.Count == 0 ? 0 : Math.Max(0, (done - samples.Max(s => s.AnsweredAt)).TotalSeconds);
    }

    /// <summary>Every sample as CSV (seconds since the first update, step, latencies), then the GC pauses, for plotting.</summary>
    private static async Task WriteSamplesAsync(string path, IReadOnlyList<Sample> samples, IReadOnlyList<(DateTime Start, DateTime End)> pauses)
    {
        var origin = samples.Min(s => s.Sent);
        var lines = new List<string> { "kind,at_s,step,first_ms,answered_ms" };
        lines.AddRange(samples.OrderBy(s => s.Sent).Select(s => string.Create(
            CultureInfo.InvariantCulture,
            $"update,{(s.Sent - origin).TotalSeconds:0.000},\"{s.Step}\",{s.FirstReply.TotalMilliseconds:0.0},{s.Answered.TotalMilliseconds:0.0}")));
        lines.AddRange(pauses.Where(p => p.End > origin.UtcDateTime).Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"gc,{(p.Start - origin.UtcDateTime).TotalSeconds:0.000},,,{(p.End - p.Start).TotalMilliseconds:0.0}")));
        await File.WriteAllLinesAsync(path, lines);
    }

    /// <summary>The data file and LiteDB's log file beside it (bot-log.db), if any is left.</summary>
    private static double FilesMb(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("bot*.db").Sum(f => f.Length) / (1024.0 * 1024.0);

    private static Action<SimUser, IReadOnlyList<Sample>>? Tracer(int count)
    {
        if (count <= 0)
        {
            return null;
        }

        return (user, samples) =>
        {
            if (user.Id >= FirstUser + count || user.Id < FirstUser)
            {
                return;
            }

            var lines = new List<string> { $"--- user {user.Id}" };
            lines.AddRange(samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"  step '{s.Step}': first {s.FirstReply.TotalMilliseconds:0.0} ms, answered {s.Answered.TotalMilliseconds:0.0} ms")));
            lines.AddRange(user.Snapshot().Select(m => $"  {m.At:HH:mm:ss.fff} #{m.MessageId} {m.Method}: {Short(m.Text)} [{string.Join(" | ", m.Buttons.Select(b => b.Text))}]"));
            Console.Error.WriteLine(string.Join('\n', lines));
        };
    }

    private static string Short(string? text)
    {
        var line = (text ?? "(no text)").ReplaceLineEndings(" ");
        return line.Length <= 70 ? line : line[..70] + "…";
    }
}
