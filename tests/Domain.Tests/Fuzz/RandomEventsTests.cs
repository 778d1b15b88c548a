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
/// limit, every stored session one its machine can be rebuilt from, and no personal record (profile,
/// answer, comment) of one person changed by another person who is not an organizer.
/// </summary>
public sealed class RandomEventsTests(ITestOutputHelper output)
{
    private const int Runs = 500;
    private const int StepsPerRun = 400;

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
                continue;
            }

            var organizer = world.IsOrganizer(actor);
            var person = Domain.Users.Identities.PersonOf(world.Driver.Store, actor);
            var before = FuzzInvariants.PersonalRecords(world.Driver.Store);
            IReadOnlyList<(InboundEnvelope Input, ChangeSet Changes)> turns;
            try
            {
                turns = world.Run(actor, input);
            }
            catch (Exception ex)
            {
                throw Broken(steps, i, input, "an exception: " + ex);
            }

            ran++;
            foreach (var delivery in turns.SelectMany(t => t.Changes.Deliveries))
            {
                if (FuzzInvariants.Reply(delivery) is { } problem)
                {
                    throw Broken(steps, i, input, $"a reply to {delivery.To} is {problem}");
                }
            }

            foreach (var session in world.Driver.Store.All<Session>())
            {
                if (FuzzInvariants.Session(session) is { } problem)
                {
                    throw Broken(steps, i, input, "a session the machine cannot be rebuilt from: " + problem);
                }
            }

            if (!organizer && FuzzInvariants.ChangedOthers(before, FuzzInvariants.PersonalRecords(world.Driver.Store), person).FirstOrDefault() is { } changed)
            {
                throw Broken(steps, i, input, $"{person}, not an organizer, changed another person's record: {changed}");
            }
        }

        reached.Add(world.Driver.Store);
        return ran;
    }

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
