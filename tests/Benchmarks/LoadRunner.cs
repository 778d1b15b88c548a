namespace Benchmarks;

/// <summary>Runs a script for every user at once and collects one sample per update.</summary>
internal static class LoadRunner
{
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(120);

    public static async Task<(PhaseResult Result, IReadOnlyList<Sample> Samples)> RunAsync(
        string phase,
        IReadOnlyList<SimUser> users,
        Func<SimUser, IReadOnlyList<Step>> script,
        RateGate? gate,
        Action<SimUser, IReadOnlyList<Sample>>? trace = null)
    {
        var failed = 0;
        string? firstError = null;
        var perUser = await Task.WhenAll(users.Select(async user =>
        {
            var samples = new List<Sample>();
            try
            {
                foreach (var step in script(user))
                {
                    if (gate is not null)
                    {
                        await gate.WaitAsync();
                    }

                    var act = step.Prepare(user);
                    samples.Add(await user.StepAsync(step.Name, act, step.Until, StepTimeout));
                }
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
            {
                Interlocked.Increment(ref failed);
                Interlocked.CompareExchange(ref firstError, ex.Message, null);
            }

            trace?.Invoke(user, samples);
            return samples;
        }));

        var all = perUser.SelectMany(s => s).ToList();
        return (PhaseResult.Of(phase, users.Count, all, failed, firstError), all);
    }
}
