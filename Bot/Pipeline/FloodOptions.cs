namespace Bot.Pipeline;

/// <summary>How much one person may send before the bot stops handling their messages for a while.</summary>
public sealed class FloodOptions
{
    public const string Section = "Flood";

    /// <summary>
    /// Messages a person may send in a row, at any speed. Room for an organizer working quickly
    /// through a list (a press every second or so); a flood is hundreds a minute.
    /// </summary>
    public int Burst { get; set; } = 30;

    /// <summary>Messages per minute a person may keep sending once the burst is used.</summary>
    public int PerMinute { get; set; } = 60;

    /// <summary>A person's messages waiting for their turn; more are dropped like a flood.</summary>
    public int MaxQueuedPerPerson { get; set; } = 50;

    /// <summary>A flooding person is told "too fast" at most once in this time.</summary>
    public TimeSpan WarnEvery { get; set; } = TimeSpan.FromMinutes(10);
}
