namespace Bot.Workers;

/// <summary>Counts work in progress and lets a caller wait until there is none.</summary>
public sealed class IdleSignal
{
    private readonly Lock gate = new();
    private int busy;
    private TaskCompletionSource idle = NewCompleted();

    /// <summary>How much work is in progress.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return busy;
            }
        }
    }

    public bool IsIdle
    {
        get
        {
            lock (gate)
            {
                return busy == 0;
            }
        }
    }

    public void Begin()
    {
        lock (gate)
        {
            if (busy++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void End()
    {
        lock (gate)
        {
            if (--busy == 0)
            {
                idle.TrySetResult();
            }
        }
    }

    public Task WhenIdle()
    {
        lock (gate)
        {
            return idle.Task;
        }
    }

    private static TaskCompletionSource NewCompleted()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }
}
