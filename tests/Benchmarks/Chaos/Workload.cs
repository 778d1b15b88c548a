using System.Collections.Concurrent;
using Domain.Members;

namespace Benchmarks.Chaos;

/// <summary>
/// The people's scripts and the organizer's broadcasts, run at once: each person registers, answers
/// and comments, waiting for each answer before the next step; the organizer sends notice k once
/// k/(B+1) of the people are registered.
/// </summary>
internal sealed class Workload(IReadOnlyList<SimUser> people, SimUser organizer, UnitCatalog units, ChaosOptions options)
{
    private readonly ConcurrentDictionary<long, string> failures = new();
    private readonly ConcurrentDictionary<long, DateTimeOffset> registered = new();
    private readonly ConcurrentBag<(int Notice, IReadOnlyCollection<long> Members)> sent = [];
    private readonly RateGate gate = new(options.UpdatesPerSecond);
    private int updates;

    public IReadOnlyList<SimUser> People => people;

    public SimUser Organizer => organizer;

    public IReadOnlyDictionary<long, string> Failures => failures;

    /// <summary>Updates the people and the organizer sent.</summary>
    public int Updates => Volatile.Read(ref updates);

    /// <summary>For each notice: the people registered before the organizer pressed Gửi, who must all get it.</summary>
    public IReadOnlyList<(int Notice, IReadOnlyCollection<long> Members)> Notices => [.. sent.OrderBy(n => n.Notice)];

    public Task RunAsync() => Task.WhenAll(people.Select(RunPersonAsync).Append(RunOrganizerAsync()));

    /// <summary>Whether every notice reached everyone it must (at least once).</summary>
    public bool NoticesArrived() => Notices.All(n => n.Members.All(id =>
        people[(int)(id - ChaosRun.FirstPerson)].Snapshot().Any(m => m.Text?.Contains(ChaosScripts.NoticeText(n.Notice), StringComparison.Ordinal) == true)));

    private async Task RunPersonAsync(SimUser person)
    {
        var i = person.Id - ChaosRun.FirstPerson;
        try
        {
            var steps = ChaosScripts.Person(i, units);
            for (var s = 0; s < steps.Count; s++)
            {
                await gate.WaitAsync();
                await StepAsync(person, steps[s]);
                if (s == ChaosScripts.RegistrationSteps - 1)
                {
                    registered[person.Id] = DateTimeOffset.UtcNow;
                }
            }
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            failures[person.Id] = ex.Message;
        }
    }

    private async Task RunOrganizerAsync()
    {
        try
        {
            for (var k = 1; k <= options.Broadcasts; k++)
            {
                while (registered.Count < people.Count * k / (options.Broadcasts + 1) && registered.Count + failures.Count < people.Count)
                {
                    await Task.Delay(100);
                }

                var steps = ChaosScripts.Broadcast(k);
                foreach (var step in steps.SkipLast(1))
                {
                    await StepAsync(organizer, step);
                }

                // Everyone registered before the press gets the notice; more may, registered meanwhile.
                IReadOnlyCollection<long> members = [.. registered.Keys];
                await StepAsync(organizer, steps[^1]);
                sent.Add((k, members));
            }
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            failures[organizer.Id] = ex.Message;
        }
    }

    private async Task StepAsync(SimUser user, Step step)
    {
        var act = step.Prepare(user);
        await user.StepAsync(step.Name, () =>
        {
            act();
            Interlocked.Increment(ref updates);
        }, step.Until, options.StepTimeout);
    }
}
