using System.Reflection;
using FakeTelegram;

namespace Benchmarks;

/// <summary>
/// Hands every message the fake records to the simulated user it went to, in order, as it is recorded.
/// <para>
/// The fake's public ways of waiting (<see cref="FakeBotApi.WaitForAsync"/>, <see cref="FakeBotApi.SentTo"/>,
/// <see cref="FakeBotApi.AllSent"/>) copy or scan everything recorded so far on every change, once per waiting
/// chat. With 2,000 users waiting at once and tens of thousands of messages that costs more CPU than the bot
/// itself, and the benchmark would measure its own load generator. So this reads the fake's record
/// incrementally: under the fake's own lock, only the messages added since the last look, then waits for the
/// fake's change signal. It reads three private fields of <see cref="FakeBotApi"/> (<c>_gate</c>, <c>_sent</c>,
/// <c>_changed</c>) and says so clearly when they are renamed.
/// </para>
/// </summary>
internal sealed class SentFeed
{
    private readonly FakeBotApi fake;
    private readonly Lock gate;
    private readonly List<SentMessage> sent;
    private readonly FieldInfo changedField;
    private readonly Action<SentMessage> deliver;

    public SentFeed(FakeBotApi fake, Action<SentMessage> deliver)
    {
        this.fake = fake;
        this.deliver = deliver;
        gate = (Lock)Field("_gate").GetValue(fake)!;
        sent = (List<SentMessage>)Field("_sent").GetValue(fake)!;
        changedField = Field("_changed");
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        var seen = 0;
        var batch = new List<SentMessage>();
        while (!stopping.IsCancellationRequested)
        {
            Task changed;
            lock (gate)
            {
                for (var i = seen; i < sent.Count; i++)
                {
                    batch.Add(sent[i]);
                }

                seen = sent.Count;

                // Taken under the same lock as the messages, so a message recorded after this look
                // completes this signal and is not missed.
                changed = ((TaskCompletionSource)changedField.GetValue(fake)!).Task;
            }

            foreach (var message in batch)
            {
                deliver(message);
            }

            if (batch.Count == 0)
            {
                try
                {
                    await changed.WaitAsync(stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            batch.Clear();
        }
    }

    private static FieldInfo Field(string name) =>
        typeof(FakeBotApi).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException(
            $"FakeBotApi has no field {name} any more; update tests/Benchmarks/SentFeed.cs to read the fake's record of sent messages.");
}
