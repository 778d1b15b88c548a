using System.Diagnostics;
using Bot.Delivery;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Tests.Delivery;
using Bot.Tests.Support;
using Domain.Text;
using FakeTelegram;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Pipeline;

/// <summary>One person sending hundreds of messages, through the real host and the fake Bot API.</summary>
[Collection(TimingCollection.Name)]
public sealed class FloodTests : OverFakeTelegram
{
    private const int Sent = 300;

    [Fact]
    public async Task A_flood_gets_one_polite_answer_no_row_per_message_and_others_stay_answered_on_time()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var flooder = new Chat(Fake, 80_001);
        var other = new Chat(Fake, 80_002);
        await other.Say("/help", m => m.Text!.Contains("/start", StringComparison.Ordinal));

        for (var i = 0; i < Sent; i++)
        {
            flooder.User.SendText($"tin nhắn {i}");
        }

        var started = Stopwatch.StartNew();
        await other.Say("/help", m => m.Text!.Contains("/start", StringComparison.Ordinal));
        var waited = started.Elapsed;
        await Eventually.True(() => bot.Service<Inbox>().AllUnhandled().Count == 0 && Fake.PendingUpdates == 0, TimeSpan.FromSeconds(30));
        await bot.Service<UpdatePipeline>().Idle.WhenIdle();
        await bot.Service<OutboxQueue>().Idle.WhenIdle();

        var toFlooder = Fake.SentTo(flooder.Id);
        var tooFast = Texts.TooFast.Plain(Lang.Vi);
        Assert.Single(toFlooder, m => m.Text == tooFast);
        // The burst (30) and what a minute's rate gave back meanwhile, then silence.
        Assert.InRange(toFlooder.Count, 2, 45);
        var rows = bot.Service<Database>().Outbox.Count(BsonExpression.Create("to = @0", "telegram:80001"));
        Assert.InRange(rows, 2, 45);
        Assert.True(waited < TimeSpan.FromSeconds(3), $"Another person waited {waited.TotalMilliseconds:0} ms during the flood.");
    }

    [Fact]
    public async Task Dropped_messages_are_stored_as_handled_so_a_restart_does_not_replay_them()
    {
        var flooder = new Chat(Fake, 80_003);
        int before;
        await using (var first = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath))
        {
            for (var i = 0; i < 100; i++)
            {
                flooder.User.SendText($"tin nhắn {i}");
            }

            await Eventually.True(() => first.Service<Inbox>().AllUnhandled().Count == 0 && Fake.PendingUpdates == 0, TimeSpan.FromSeconds(30));
            await first.Service<UpdatePipeline>().Idle.WhenIdle();
            await first.Service<OutboxQueue>().Idle.WhenIdle();
            before = Fake.SentTo(flooder.Id).Count;
            await first.StopAsync();
        }

        await using var second = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        await second.Service<UpdatePipeline>().Idle.WhenIdle();
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(before, Fake.SentTo(flooder.Id).Count);
    }

    [Fact]
    public async Task A_script_pasted_into_the_console_is_no_flood()
    {
        var script = string.Join('\n', Enumerable.Repeat("/help", 40));

        var output = await ConsoleScript.RunAsync(Folder.DatabasePath, script);

        Assert.DoesNotContain(Texts.TooFast.Plain(Lang.Vi), output, StringComparison.Ordinal);
        // Every line answered: one reply each.
        Assert.Equal(40, output.Split("bot → 1001:", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task A_persons_queue_is_bounded_while_others_are_not_held_back()
    {
        using var queue = new KeyedWorkQueue(2, NullLogger<KeyedWorkQueue>.Instance);
        var release = new TaskCompletionSource();
        var ran = 0;

        Assert.True(queue.TryEnqueue("a", () => release.Task, 2));
        var accepted = Enumerable.Range(0, 5).Count(_ => queue.TryEnqueue("a", () => { Interlocked.Increment(ref ran); return Task.CompletedTask; }, 2));
        var other = queue.TryEnqueue("b", () => { Interlocked.Increment(ref ran); return Task.CompletedTask; }, 2);
        release.SetResult();
        await queue.Idle.WhenIdle();

        Assert.Equal(2, accepted);
        Assert.True(other);
        Assert.Equal(3, ran);
    }
}
