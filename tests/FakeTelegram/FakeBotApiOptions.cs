namespace FakeTelegram;

/// <summary>Settings of a <see cref="FakeBotApi"/>.</summary>
public sealed class FakeBotApiOptions
{
    /// <summary>The only token the server accepts in <c>/bot{token}/{method}</c>; any other gets 401.</summary>
    public string Token { get; init; } = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

    /// <summary>The bot user's id (getMe, <c>from</c> of every message the bot sends).</summary>
    public long BotId { get; init; } = 123456;

    /// <summary>The bot user's username.</summary>
    public string BotUsername { get; init; } = "mttq_q5_test_bot";

    /// <summary>When set, a send* call that would make more accepted sends than this within any 1 s window (all chats) gets 429.</summary>
    public int? GlobalLimitPerSecond { get; init; }

    /// <summary>When set, the same as <see cref="GlobalLimitPerSecond"/> but counted per chat_id.</summary>
    public int? PerChatLimitPerSecond { get; init; }

    /// <summary>The <c>retry_after</c> that the enforced limits report.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>
    /// False for a load generator: a recorded message keeps no copy of its request and result
    /// (<see cref="SentMessage.Raw"/> is empty, <see cref="SentMessage.Result"/> null), and an update
    /// is not kept once handed out (<see cref="FakeUser.ResendLastUpdate"/> and <see cref="FakeUser.Repeat"/>
    /// then fail). Those copies are JSON trees that all survive, and made the fake's collections
    /// long enough to show in the latencies it measures.
    /// </summary>
    public bool KeepCopies { get; init; } = true;
}
