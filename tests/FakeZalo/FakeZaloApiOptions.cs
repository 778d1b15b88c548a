namespace FakeZalo;

/// <summary>Settings of a <see cref="FakeZaloApi"/>.</summary>
public sealed class FakeZaloApiOptions
{
    /// <summary>
    /// The only token the server accepts in <c>/bot{token}/{method}</c>; any other gets 401.
    /// Zalo tokens read <c>&lt;bot_id&gt;:&lt;access_token&gt;</c>; the part before the colon is the bot id of getMe.
    /// </summary>
    public string Token { get; init; } = "1000000001:fake-zalo-token-for-tests";

    /// <summary>account_name in getMe.</summary>
    public string AccountName { get; init; } = "bot.FakeZalo";

    /// <summary>account_type in getMe.</summary>
    public string AccountType { get; init; } = "BASIC";

    /// <summary>The long-polling wait of getUpdates when the call gives no <c>timeout</c> (Zalo: 30 s).</summary>
    public int DefaultPollTimeoutSeconds { get; init; } = 30;

    /// <summary>When set, a send (sendMessage, sendPhoto, sendSticker) that would make more accepted sends than this
    /// within any sliding 1 s window (all chats) is refused with <see cref="RateLimitErrorCode"/>.</summary>
    public int? GlobalLimitPerSecond { get; init; }

    /// <summary>When set, the same as <see cref="GlobalLimitPerSecond"/> but counted per chat_id.</summary>
    public int? PerChatLimitPerSecond { get; init; }

    /// <summary>The error_code of a refusal by the enforced limits (Zalo documents only 429 "Quota exceeded"; 429 by default).</summary>
    public int RateLimitErrorCode { get; init; } = 429;

    /// <summary>
    /// false (default): an <c>ok:false</c> answer carries its error_code as the HTTP status too, as Telegram does.
    /// true: every <c>ok:false</c> answer comes with HTTP 200 and only the body tells the error.
    /// Zalo does not document which one it does; a client should read the body in both cases.
    /// </summary>
    public bool ErrorsAsHttp200 { get; init; }

    /// <summary>
    /// The initial value of <see cref="FakeZaloApi.WrapWebhookBody"/>: false posts <c>{"event_name", "message"}</c>,
    /// true posts <c>{"ok": true, "result": {"event_name", "message"}}</c>.
    /// </summary>
    public bool WrapWebhookBody { get; init; }

    /// <summary>The initial value of <see cref="FakeZaloApi.AutoDeliverToWebhook"/>.</summary>
    public bool AutoDeliverToWebhook { get; init; } = true;

    /// <summary>Zalo wants an HTTPS webhook URL; tests run the bot on plain http://127.0.0.1, so this is off by default.</summary>
    public bool RequireHttpsWebhook { get; init; }

    /// <summary>
    /// true (default), as Zalo's newer documentation says: setWebhook first POSTs a test request to the url (with the
    /// secret header and <see cref="WebhookTestBody"/>) and answers 400 unless the url answers 2xx.
    /// </summary>
    public bool ProbeWebhook { get; init; } = true;

    /// <summary>The body of setWebhook's test request. Zalo does not document it: <c>{}</c>, an event the bot cannot read.</summary>
    public string WebhookTestBody { get; init; } = "{}";

    /// <summary>
    /// Where the fake really sends a webhook POST (the test request and events) for the url the bot registered: tests
    /// register a public https address, as the bot's settings require, and serve it on 127.0.0.1. Null sends to the url itself.
    /// </summary>
    public Func<Uri, Uri>? RouteWebhook { get; init; }

    /// <summary>How long the fake waits for the bot to answer one webhook POST.</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
