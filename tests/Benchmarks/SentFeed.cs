using FakeTelegram;

namespace Benchmarks;

/// <summary>
/// Hands every message the fake records to the simulated user it went to, in order, as it is recorded.
/// <para>
/// The fake's ways of waiting for one chat (<see cref="FakeBotApi.WaitForAsync"/>, <see cref="FakeBotApi.SentTo"/>)
/// copy or scan everything recorded so far on every change, once per waiting chat. With 2,000 users waiting at
/// once and tens of thousands of messages that costs more CPU than the bot itself, and the benchmark would
/// measure its own load generator. So this reads the fake's record incrementally
/// (<see cref="FakeBotApi.ReadSentSince"/>: only the messages added since the last look), then waits for the
/// fake's next change.
/// </para>
/// </summary>
internal sealed class SentFeed(FakeBotApi fake, Action<SentMessage> deliver)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        var seen = 0;
        var batch = new List<SentMessage>();
        while (!stopping.IsCancellationRequested)
        {
            var changed = fake.ReadSentSince(ref seen, batch);
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
}
