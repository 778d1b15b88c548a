using System.Diagnostics;
using System.Globalization;
using Bot.Hosting;
using Bot.Storage;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using FakeTelegram;

namespace Benchmarks;

/// <summary>A round trip of the organizer: from the command entering the fake to the last reply it needs.</summary>
internal sealed record RoundTrip(double Ms, long Bytes);

/// <summary>Part 3 for one size of membership.</summary>
internal sealed record ScaleResult(
    int Members,
    int Answers,
    double SeedSeconds,
    double DatabaseMb,
    double HostStartToFirstPollMs,
    double ProcessStartToFirstPollMs,
    double HostStartAsyncMs,
    RoundTrip StatsCold,
    RoundTrip StatsWarm,
    RoundTrip ExportCold,
    RoundTrip ExportWarm,
    MemoryReport AfterStart,
    MemoryReport AfterStats,
    MemoryReport Bot,
    IReadOnlyList<string> Warnings);

/// <summary>What the bot-only child process reports when it stops.</summary>
internal sealed record ScaleBotReport(MemoryReport Memory, IReadOnlyList<string> Warnings);

/// <summary>
/// Part 3: a database with M registered (approved) members, each with a session, most with an answer to the
/// upcoming meeting; then the bot starts in a process of its own (only the bot and a few lines that report its
/// memory: the fake Bot API and the organizer stay in this process), and the organizer asks for /thongke and
/// /xuatds, each twice (the first includes compiling that code, as after every start).
/// </summary>
internal static class ScaleBenchmark
{
    /// <summary>The XLSX writers <c>scale --xlsx</c> takes: the bot's own, or MiniExcel's (<see cref="MiniExcelFiles"/>).</summary>
    public const string HandWritten = "hand";
    public const string MiniExcel = "miniexcel";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<ScaleResult> RunAsync(int members, string xlsx = HandWritten)
    {
        var folder = Directory.CreateTempSubdirectory("bot-bench-scale-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "bot.db");
            var seed = Stopwatch.StartNew();
            var answers = Seed(databasePath, members);
            seed.Stop();
            var databaseMb = new FileInfo(databasePath).Length / (1024.0 * 1024.0);
            PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"scale {members}: seeded {members} members and {answers} answers in {seed.Elapsed.TotalSeconds:0.0} s, {databaseMb:0.0} MB"));

            await using var fake = await FakeBotApi.StartAsync();
            var driverCpu = CpuSeconds();
            var launched = DateTimeOffset.UtcNow;
            using var bot = SelfProcess.Start(["scale-bot", databasePath, fake.BaseUrl, fake.Token, xlsx]);
            await PipelineBenchmark.WaitForFirstPollAsync(fake);
            var firstPoll = DateTimeOffset.UtcNow;
            var building = new DateTimeOffset(long.Parse(await bot.ReadAsync("BUILD", Timeout), CultureInfo.InvariantCulture), TimeSpan.Zero);
            var startAsyncMs = double.Parse(await bot.ReadAsync("STARTED", Timeout), CultureInfo.InvariantCulture);
            await bot.SendAsync("mark");
            var afterStart = await bot.ReadJsonAsync<MemoryReport>("MARK", Timeout);
            PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"scale {members}: first poll {(firstPoll - building).TotalMilliseconds:0} ms after the host started building, {(firstPoll - launched).TotalMilliseconds:0} ms after launch"));

            var organizer = new Organizer(fake);
            var statsCold = await organizer.StatsAsync();
            var statsWarm = await organizer.StatsAsync();
            await bot.SendAsync("mark");
            var afterStats = await bot.ReadJsonAsync<MemoryReport>("MARK", Timeout);
            PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"scale {members}: /thongke {statsCold.Ms:0} ms, again {statsWarm.Ms:0} ms; peak working set {afterStart.PeakWorkingSetMb:0} MB after start, {afterStats.PeakWorkingSetMb:0} MB after /thongke"));
            var exportCold = await organizer.ExportAsync();
            if (Environment.GetEnvironmentVariable("BENCH_ALLOC_TRACE") is { Length: > 0 } || Environment.GetEnvironmentVariable("BENCH_SMAPS") is { Length: > 0 })
            {
                // Diagnostics only: splits the first /xuatds from the second.
                await bot.SendAsync("mark");
                _ = await bot.ReadJsonAsync<MemoryReport>("MARK", Timeout);
            }

            var exportWarm = await organizer.ExportAsync();
            PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"scale {members}: /xuatds {exportCold.Ms:0} ms, again {exportWarm.Ms:0} ms, {exportCold.Bytes / 1024.0:0} KB"));

            await bot.SendAsync("stop");
            var report = await bot.ReadJsonAsync<ScaleBotReport>("REPORT", Timeout);

            // What the bot's process saw as "other processes" includes this one (the fake and the organizer).
            driverCpu = CpuSeconds() - driverCpu;
            var memory = report.Memory with
            {
                OtherProcessesCores = Math.Max(0, report.Memory.OtherProcessesCores - (driverCpu / report.Memory.WallSeconds)),
            };
            await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));
            return new ScaleResult(
                members,
                answers,
                seed.Elapsed.TotalSeconds,
                databaseMb,
                (firstPoll - building).TotalMilliseconds,
                (firstPoll - launched).TotalMilliseconds,
                startAsyncMs,
                statsCold,
                statsWarm,
                exportCold,
                exportWarm,
                afterStart,
                afterStats,
                memory,
                report.Warnings);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The child process: the bot alone, started against the parent's fake, until told to stop.</summary>
    public static async Task<int> RunBotAsync(string databasePath, string baseUrl, string token, string xlsx)
    {
        using var sampler = new MemorySampler();
        SelfProcess.Write("BUILD", DateTimeOffset.UtcNow.UtcTicks);
        var started = Stopwatch.StartNew();
        var warnings = new WarningLog();
        using var host = BenchHost.Build(token, baseUrl, databasePath, warnings, xlsx == MiniExcel ? MiniExcelFiles.Use : null);
        await host.StartAsync();
        SelfProcess.Write("STARTED", started.Elapsed.TotalMilliseconds);
        // BENCH_ALLOC_TRACE: what each stretch between two marks allocated (start-up, /thongke, /xuatds).
        using var trace = AllocationTrace.Start();
        trace?.Begin();
        var marks = 0;
        while (await SelfProcess.ReadCommandAsync() is { } line && line != "stop")
        {
            if (line == "mark")
            {
                SmapsDump.Write("mark");
                trace?.Dump(string.Create(CultureInfo.InvariantCulture, $"scale-bot up to mark {++marks}, gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
                trace?.Begin();
                SelfProcess.Write("MARK", sampler.Report());
            }
        }

        SmapsDump.Write("before stop");
        trace?.Dump(string.Create(CultureInfo.InvariantCulture, $"scale-bot up to stop, gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        await host.StopAsync();
        SelfProcess.Write("REPORT", new ScaleBotReport(sampler.Report(), warnings.Lines.Take(20).ToList()));
        return 0;
    }

    /// <summary>
    /// Writes the members in one transaction, as the bot itself would have stored them: an approved
    /// <see cref="Member"/> and a <see cref="Session"/> each, and for 70% an answer to the meeting
    /// (50% attending, 12% declined, 8% sending someone), spread over all units. Returns the number of answers.
    /// </summary>
    internal static int Seed(string databasePath, int members)
    {
        var units = UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));
        var now = DateTimeOffset.UtcNow;
        var meeting = PipelineBenchmark.Meeting(now, members / 2);
        using var database = new Database(databasePath, StoredEntities.Types);
        var store = new EntityStore(database);
        return database.InTransaction(() =>
        {
            store.Put(meeting);
            var answers = 0;
            for (var i = 0; i < members; i++)
            {
                var id = 200_001L + i;
                var key = Bot.Telegram.UpdateMapper.Key(id);
                var registered = now.AddDays(-30).AddSeconds(i);
                store.Put(new Member
                {
                    Id = key.ToString(),
                    FullName = Scripts.NameOf(i),
                    Phone = "+84" + Scripts.PhoneOf(i)[1..],
                    UnitCode = Scripts.UnitOf(i, units).Code,
                    Position = Scripts.Position,
                    Status = MemberStatus.Approved,
                    ConsentAt = registered,
                    RegisteredAt = registered,
                    DecidedBy = Bot.Telegram.UpdateMapper.Key(BenchHost.Organizer).ToString(),
                    DecidedAt = registered.AddHours(1),
                });
                store.Put(Session.New(key, Lang.Vi));
                if (i % 100 >= 70)
                {
                    continue;
                }

                var (answer, reason, person) = (i % 100) switch
                {
                    < 50 => (RsvpAnswer.Attending, (string?)null, (Representative?)null),
                    < 62 => (RsvpAnswer.Declined, "Bận công tác", null),
                    _ => (RsvpAnswer.Delegated, null, new Representative(Scripts.NameOf(i + 7), "Phó Chủ tịch", "+84912345678")),
                };
                store.Put(Rsvp.Set(null, meeting.Id, key.ToString(), answer, reason, person, registered.AddDays(1), key.ToString()));
                answers++;
            }

            return answers;
        });
    }

    /// <summary>The organizer (a configured organizer id) in a private chat with the bot.</summary>
    private sealed class Organizer(FakeBotApi fake)
    {
        private readonly FakeUser user = fake.User(BenchHost.Organizer, "Ban tổ chức");

        public async Task<RoundTrip> StatsAsync()
        {
            var after = LastMessageId();
            var sent = DateTimeOffset.UtcNow;
            user.SendText("/thongke");
            var reply = await fake.WaitForAsync(BenchHost.Organizer, m => m.MessageId > after && m.Method == "sendMessage", Timeout);
            if (reply.Text?.Contains(Texts.StatsTotal.Plain(Lang.Vi).Split('{')[0], StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"/thongke answered something else: {reply.Text}");
            }

            return new RoundTrip((reply.At - sent).TotalMilliseconds, System.Text.Encoding.UTF8.GetByteCount(reply.Text));
        }

        public async Task<RoundTrip> ExportAsync()
        {
            var after = LastMessageId();
            var sent = DateTimeOffset.UtcNow;
            user.SendText("/xuatds");
            // The attendee list (XLSX, CSV), then the sign-in sheet (XLSX), the last of the three.
            var last = await fake.WaitForAsync(
                BenchHost.Organizer,
                m => m.MessageId > after && m.Method == "sendDocument" && m.DocumentFileName?.EndsWith("-ky-ten.xlsx", StringComparison.Ordinal) == true,
                Timeout);
            var documents = fake.SentTo(BenchHost.Organizer).Where(m => m.MessageId > after && m.Method == "sendDocument").ToList();
            if (documents.Count != 3)
            {
                throw new InvalidOperationException($"/xuatds sent {documents.Count} documents, not 3.");
            }

            return new RoundTrip((last.At - sent).TotalMilliseconds, documents.Sum(d => (long)(d.DocumentContent?.Length ?? 0)));
        }

        private int LastMessageId() => fake.SentTo(BenchHost.Organizer).Select(m => m.MessageId).DefaultIfEmpty(0).Max();
    }
}
