using Bot.Workers;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline;

/// <summary>
/// Runs work one item at a time per key, in the order it was queued, and different keys in
/// parallel up to a limit. Keys are users: one person's messages are handled in order while
/// others are served at the same time.
/// </summary>
public sealed class KeyedWorkQueue(int parallelism, ILogger<KeyedWorkQueue> logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<Func<Task>>> waiting = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim slots = new(parallelism, parallelism);
    private readonly IdleSignal idle = new();

    public IdleSignal Idle => idle;

    public void Enqueue(string key, Func<Task> work) => TryEnqueue(key, work, int.MaxValue);

    /// <summary>
    /// Queues the work unless <paramref name="maxWaiting"/> items of the key already wait behind
    /// the one running: one person sending faster than their turns run cannot grow memory without end.
    /// </summary>
    public bool TryEnqueue(string key, Func<Task> work, int maxWaiting)
    {
        lock (gate)
        {
            if (waiting.TryGetValue(key, out var queue))
            {
                if (queue.Count >= maxWaiting)
                {
                    return false;
                }

                idle.Begin();
                queue.Enqueue(work);
                return true;
            }

            idle.Begin();
            waiting[key] = new Queue<Func<Task>>();
        }

        _ = Task.Run(() => DrainAsync(key, work));
        return true;
    }

    public void Dispose() => slots.Dispose();

    private async Task DrainAsync(string key, Func<Task> first)
    {
        var work = first;
        while (true)
        {
            await slots.WaitAsync();
            try
            {
                await work();
            }
#pragma warning disable CA1031 // One failing item must not stop the user's queue; the item stays unhandled and is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Work for {Key} failed", key);
            }
            finally
            {
                slots.Release();
                idle.End();
            }

            lock (gate)
            {
                var queue = waiting[key];
                if (queue.Count == 0)
                {
                    waiting.Remove(key);
                    return;
                }

                work = queue.Dequeue();
            }
        }
    }
}
