namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    /// <summary>
    /// Runs <paramref name="enqueue"/> holding the update queue, so one getUpdates answer carries
    /// every update it enqueues, as Telegram does with a press and a file sent a moment apart.
    /// </summary>
    public void InOneBatch(Action enqueue)
    {
        ArgumentNullException.ThrowIfNull(enqueue);
        lock (Gate)
        {
            enqueue();
        }
    }
}
