using System.Globalization;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Workers;
using Domain.Events;
using Domain.Members;
using LiteDB;
using Microsoft.Extensions.Hosting;

namespace Benchmarks;

/// <summary>A garbage-collection pause of the bot's process, from suspending every thread to restarting them.</summary>
internal sealed record GcPause(DateTime Start, DateTime End);

/// <summary>What the bot's process reports when it stops.</summary>
internal sealed record PipelineBotReport(MemoryReport Memory, IReadOnlyList<GcPause> Pauses, IReadOnlyList<string> Warnings);

/// <summary>
/// The bot side of parts 1 and 2, in a process of its own (<c>pipeline-bot</c>): the real bot host, or
/// the echo handler, against the fake Bot API of the parent process. In production the Bot API is
/// another machine; in one process the fake's record of every message and update (hundreds of
/// megabytes of JSON that all survive) made every garbage collection of the bot longer, and each
/// collection stopped the simulated users as well. The parent drives it with one command per line on
/// standard input and reads the answer from standard output (see <see cref="SelfProcess"/>):
/// <c>idle</c> (OK once nothing is left to do), <c>approve FIRST COUNT</c> (OK), <c>check</c> (CHECK and
/// the stored rows), <c>stop</c> (REPORT, then it exits).
/// </summary>
internal static class PipelineBot
{
    private static bool stopRequested;

    /// <summary>pipeline-bot bot|echo TOKEN BASE_URL DATABASE_PATH EXPECTED PARALLEL_SENDS</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var echo = args[0] == "echo";
        var (token, baseUrl, databasePath) = (args[1], args[2], args[3]);
        var expected = int.Parse(args[4], CultureInfo.InvariantCulture);
        var parallelSends = int.Parse(args[5], CultureInfo.InvariantCulture);

        using var sampler = new MemorySampler();
        using var gcPauses = new GcPauses();
        var warnings = new WarningLog();
        IHost? host = null;
        EchoBot? echoBot = null;
        try
        {
            if (echo)
            {
                echoBot = new EchoBot(token, baseUrl, parallelSends);
            }
            else
            {
                host = BenchHost.Build(token, baseUrl, databasePath, warnings);
                await host.StartAsync();
                host.Service<EntityStore>().Put(PipelineBenchmark.Meeting(DateTimeOffset.UtcNow, expected));

                // A bot that stops itself (a critical worker failed, see CriticalService) would
                // otherwise leave the parent waiting for an answer that never comes.
                host.Service<IHostApplicationLifetime>().ApplicationStopping.Register(() =>
                {
                    if (!Volatile.Read(ref stopRequested))
                    {
                        Console.Error.WriteLine($"The bot stopped itself (exit code {host.Service<ExitStatus>().Code}): {string.Join(" | ", warnings.Lines)}");
                        Environment.Exit(3);
                    }
                });
            }

            SelfProcess.Write("READY", true);
            while (await SelfProcess.ReadCommandAsync() is { } line && line != "stop")
            {
                var words = line.Split(' ');
                switch (words[0])
                {
                    case "idle":
                        await (echoBot is not null ? echoBot.Idle.WhenIdle() : WhenIdleAsync(host!));
                        SelfProcess.Write("OK", true);
                        break;
                    case "approve":
                        Approve(host, long.Parse(words[1], CultureInfo.InvariantCulture), int.Parse(words[2], CultureInfo.InvariantCulture));
                        SelfProcess.Write("OK", true);
                        break;
                    case "check":
                        SelfProcess.Write("CHECK", host is null ? null : Check(host));
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown command '{line}'.");
                }
            }

            Volatile.Write(ref stopRequested, true);
            if (host is not null)
            {
                // Stopping closes the database, which folds LiteDB's log into the data file.
                await host.StopAsync();
            }

            if (echoBot is not null && echoBot.Errors > 0)
            {
                warnings.Add($"echo: {echoBot.Errors} sends failed");
            }

            var pauses = gcPauses.Pauses.Select(p => new GcPause(p.Start, p.End)).ToList();
            SelfProcess.Write("REPORT", new PipelineBotReport(sampler.Report(), pauses, warnings.Lines.Take(20).ToList()));
            return 0;
        }
        finally
        {
            host?.Dispose();
            if (echoBot is not null)
            {
                await echoBot.DisposeAsync();
            }
        }
    }

    /// <summary>Until every turn ran and every reply left the outbox (the organizer's approval cards too).</summary>
    private static async Task WhenIdleAsync(IHost host)
    {
        var turns = host.Service<UpdatePipeline>().Idle;
        var sends = host.Service<OutboxQueue>().Idle;
        while (true)
        {
            await turns.WhenIdle();
            await sends.WhenIdle();
            if (turns.IsIdle && sends.IsIdle)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The organizer's decision, written straight into the database while the bot is idle (not timed): pressing
    /// Duyệt N times is one person's work, not the burst this benchmark is about.
    /// </summary>
    private static void Approve(IHost? host, long first, int count)
    {
        if (host is null)
        {
            return;
        }

        var database = host.Service<Database>();
        var store = host.Service<EntityStore>();
        var now = DateTimeOffset.UtcNow;
        var organizer = Bot.Telegram.UpdateMapper.Key(BenchHost.Organizer).ToString();
        database.InTransaction(() =>
        {
            for (var id = first; id < first + count; id++)
            {
                var key = Bot.Telegram.UpdateMapper.Key(id).ToString();
                if (store.Find<Member>(key) is { } member)
                {
                    store.Put(member with { Status = MemberStatus.Approved, DecidedBy = organizer, DecidedAt = now });
                }
            }

            return 0;
        });

        // The approvals fill LiteDB's log; fold it into the data file now, so the checkpoint that would
        // follow does not land on the first answers of the timed phase.
        database.Lite.Checkpoint();
    }

    private static Durability Check(IHost host)
    {
        var database = host.Service<Database>();
        var store = host.Service<EntityStore>();
        var members = store.All<Member>();
        return new Durability(
            database.Inbox.Count(),
            database.Inbox.Count(Query.EQ("handled", false)),
            database.Outbox.Count(Query.EQ("status", (int)OutboxStatus.Sent)),
            database.Outbox.Count(Query.And(Query.Not("status", (int)OutboxStatus.Sent), Query.StartsWith("to", "telegram:"))),
            database.Outbox.Count(Query.StartsWith("to", "console:")),
            members.Count,
            members.Count(m => m.Status == MemberStatus.Approved),
            store.All<Rsvp>().Count(r => r.EventId == PipelineBenchmark.MeetingId && r.Answer == RsvpAnswer.Attending),
            database.Outbox.Find(Query.Not("status", (int)OutboxStatus.Sent))
                .GroupBy(d => $"{(OutboxStatus)d["status"].AsInt32}: {(d["error"].IsNull ? "" : d["error"].AsString)}")
                .Select(g => $"{g.Count()} × {g.Key}")
                .ToList());
    }
}
