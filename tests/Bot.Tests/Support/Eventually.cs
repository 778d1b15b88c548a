namespace Bot.Tests.Support;

/// <summary>Waits for a condition the bot reaches asynchronously, failing after a generous limit.</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, TimeSpan? timeout = null, string? because = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (DateTime.UtcNow > limit)
            {
                Assert.Fail(because ?? "The condition was not reached in time.");
            }

            await Task.Delay(20);
        }
    }
}
