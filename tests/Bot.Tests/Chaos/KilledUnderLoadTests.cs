using Benchmarks.Chaos;
using Xunit.Abstractions;

namespace Bot.Tests.Chaos;

/// <summary>
/// The real bot in its own process, 150 people registering, answering, commenting and an organizer
/// broadcasting, killed with SIGKILL at random moments at least five times and started again on the
/// same data file. The longer run is the benchmark program's <c>chaos</c> command (docs/benchmarks.md).
/// It runs alone, after the other tests: its two processes take both cores, and the other tests' waits
/// are not sized for that.
/// </summary>
[Collection(ChaosCollection.Name)]
public sealed class KilledUnderLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_five_times_under_load_the_bot_loses_no_update_corrupts_no_record_and_repeats_only_messages_in_flight()
    {
        var options = new ChaosOptions(
            People: 150,
            UpdatesPerSecond: 45,
            MinKills: 5,
            MaxKills: 6,
            KillEvery: (TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(4)),
            Broadcasts: 2,
            ParallelSends: 8,
            StepTimeout: TimeSpan.FromSeconds(90),
            Seed: Environment.TickCount);

        var result = await ChaosRun.RunAsync(options, output.WriteLine);

        output.WriteLine($"seed {options.Seed}: {result.Summary()}");
        Assert.True(result.Kills >= options.MinKills, $"The people finished after {result.Kills} kills; the run must survive {options.MinKills}. {result.Summary()}");
        Assert.True(result.Failures.Count == 0 && result.Finished == result.People, result.Summary());
        Assert.Equal(0, result.UpdatesUnconfirmed);
        Assert.Equal(0, result.UpdatesLost);
        Assert.True(result.CorruptRecords == 0, result.Summary());
        Assert.True(result.NoticesMissing == 0, result.Summary());
        Assert.True(result.Duplicates <= result.DuplicatesBound, result.Summary());
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChaosCollection
{
    public const string Name = "Chaos";
}
