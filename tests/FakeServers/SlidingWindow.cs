using System.Diagnostics;

namespace FakeServers;

/// <summary>Requests within the last second (Stopwatch timestamps), for enforcing and measuring per-second limits.</summary>
public sealed class SlidingWindow
{
    private readonly Queue<long> _stamps = new();

    public int Count(long now)
    {
        while (_stamps.Count > 0 && now - _stamps.Peek() >= Stopwatch.Frequency)
        {
            _stamps.Dequeue();
        }

        return _stamps.Count;
    }

    public int AddAndCount(long now)
    {
        var count = Count(now);
        _stamps.Enqueue(now);
        return count + 1;
    }

    public void Add(long now) => _stamps.Enqueue(now);
}
