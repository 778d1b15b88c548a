using System.Diagnostics;
using System.Globalization;
using System.Text;
using Domain.Conversations;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Domain.Tests.Fuzz;

/// <summary>
/// Random sequences of inbound events from people and organizers on every channel, through the real
/// router and handlers, checked after every step: no exception, no reply empty or over its channel's
/// limit, every stored session one its machine can be rebuilt from, every stored profile whole, and
/// no personal record (profile, answer, comment, role) of one person changed by another person who
/// is not an organizer.
/// </summary>
public sealed class RandomEventsTests(ITestOutputHelper output)
{
    private const int StepsPerRun = 400;

    // 300 runs (120,000 events) in every test run; FUZZ_RUNS=5000 for a long hunt on a free machine.
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_RUNS"), out var runs) && runs > 0 ? runs : 300;

    [Fact]
    public void Random_events_from_people_and_organizers_on_every_channel_keep_every_promise()
    {
        var events = 0;
        var reached = new FuzzReach();
        var clock = Stopwatch.StartNew();
        var property = Prop.ForAll(
            Arb.From(FuzzGen.Run(FuzzWorld.Cast.Length, StepsPerRun)),
            run => events += RunOne(run.Steps, reached));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), property);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{events} events in {Runs} runs of {StepsPerRun} steps, {clock.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine("reached: " + reached);
        Assert.True(events >= 100_000, $"only {events} events ran");
    }

    /// <summary>Runs one sequence; throws with the steps that led to the first broken promise.</summary>
    private static int RunOne(IReadOnlyList<FuzzStep> steps, FuzzReach reached)
    {
        var world = new FuzzWorld();
        var ran = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            var actor = FuzzWorld.Cast[steps[i].Actor];
            if (world.Resolve(actor, steps[i].Action) is not { } input)
            {
                if (steps[i].Action is FuzzAction.Wait)
                {
                    // The shell's own signals: checked as an organizer's, whose records they may change.
                    var background = Run(steps, i, new TextIn("(time passes)"), world.Background);
                    ran += Verified(steps, i, new TextIn("(time passes)"), background, world, organizer: true, person: string.Empty);
                }

                continue;
            }

            var organizer = world.IsOrganizer(actor);
            var person = Domain.Users.Identities.PersonOf(world.Driver.Store, actor).ToString();
            var turns = Run(steps, i, input, () => world.Run(actor, input));
            ran += Verified(steps, i, input, turns, world, organizer, person);
        }

        reached.Add(world.Driver.Store);
        return ran;
    }

    private static IReadOnlyList<(InboundEnvelope Input, ChangeSet Changes)> Run(
        IReadOnlyList<FuzzStep> steps, int at, Inbound input, Func<IReadOnlyList<(InboundEnvelope Input, ChangeSet Changes)>> run)
    {
        try
        {
            return run();
        }
        catch (Exception ex)
        {
            throw Broken(steps, at, input, "an exception: " + ex);
        }
    }

    /// <summary>Verifies a step's turns, then notes whose records they wrote; returns 1, the step that ran.</summary>
    private static int Verified(IReadOnlyList<FuzzStep> steps, int at, Inbound input, IReadOnlyList<(InboundEnvelope Input, ChangeSet Changes)> turns, FuzzWorld world, bool organizer, string person)
    {
        foreach (var (_, changes) in turns)
        {
            if (Verify(changes, world, organizer, person) is { } problem)
            {
                throw Broken(steps, at, input, problem);
            }
        }

        foreach (var (_, changes) in turns)
        {
            world.NoteOwners(changes);
        }

        return 1;
    }

    /// <summary>
    /// Checks what one turn decided (the turns of a step's signals included: an organizer's approval
    /// runs in the member's queue, but it is the organizer's action).
    /// </summary>
    private static string? Verify(ChangeSet changes, FuzzWorld world, bool organizer, string person)
    {
        foreach (var delivery in changes.Deliveries)
        {
            if (FuzzInvariants.Reply(delivery) is { } problem)
            {
                return $"a reply to {delivery.To} is {problem}";
            }
        }

        foreach (var entity in changes.Upserts)
        {
            var problem = entity switch
            {
                Session session => FuzzInvariants.Session(session) is { } p ? "a session the machine cannot be rebuilt from: " + p : null,
                Domain.Members.Member member => FuzzInvariants.Profile(member, Support.ConversationDriver.Units) is { } p ? "a record that is not whole: " + p : null,
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }

            if (!organizer && FuzzInvariants.OwnerOf(entity) is { } owner && owner != person && !ErasedFrom(changes, entity))
            {
                return $"{person}, not an organizer, changed another person's record: {entity.GetType().Name} {entity.Id} of {owner}";
            }
        }

        foreach (var (type, id) in changes.Deletes)
        {
            if (!organizer && world.OwnerOf(type, id) is { } owner && owner != person)
            {
                return $"{person}, not an organizer, deleted another person's record: {type.Name} {id} of {owner}";
            }
        }

        return null;
    }

    /// <summary>An erasure writes the erased person's id out of others' records (a decision, an answer's history): that is no takeover.</summary>
    private static bool ErasedFrom(ChangeSet changes, IEntity entity) =>
        changes.Erasures.Count > 0
        && System.Text.Json.JsonSerializer.Serialize(entity, entity.GetType()).Contains($"\"{Domain.Members.PersonalDataEraser.Erased}\"", StringComparison.Ordinal);

    private static InvalidOperationException Broken(IReadOnlyList<FuzzStep> steps, int at, Inbound input, string what)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Step {at} ({steps[at]} as {Short(input.ToString())}) led to {what}\nThe steps before it:\n");
        foreach (var step in steps.Take(at).TakeLast(25))
        {
            text.Append("  ").Append(Short(step.ToString())).Append('\n');
        }

        return new InvalidOperationException(text.ToString());
    }

    private static string Short(string text) => text.Length <= 200 ? text : text[..200] + $"… ({text.Length} characters)";
}
