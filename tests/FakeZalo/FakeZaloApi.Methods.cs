using System.Text.Json.Nodes;

namespace FakeZalo;

public sealed partial class FakeZaloApi
{
    /// <summary>The header that carries the webhook's secret_token on every webhook POST.</summary>
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    /// <summary>Zalo: sendMessage text and sendPhoto caption are 1-2000 characters.</summary>
    public const int MaxTextLength = 2000;

    // The methods that deliver a message and count for MaxSendsInAnySecond and the enforced limits.
    private static readonly HashSet<string> SendMethods = new(["sendMessage", "sendPhoto", "sendSticker"], StringComparer.Ordinal);

    private static readonly HashSet<string> ChatActionNames = new(["typing", "upload_photo"], StringComparer.Ordinal);

    /// <summary>chat_id missing: 400; not a known user: 400 "chat not found"; blocked: 403.</summary>
    private ApiResult? CheckChatLocked(RequestArgs a, out string chatId)
    {
        chatId = a.Str("chat_id") ?? "";
        if (chatId.Length == 0)
        {
            return ApiResult.BadRequest("chat_id is required");
        }

        if (!_users.ContainsKey(chatId))
        {
            return ApiResult.BadRequest("chat not found");
        }

        return _blocked.TryGetValue(chatId, out var description) ? ApiResult.Error(403, description) : null;
    }

    private ApiResult? EnforceLimitsLocked(string chatId)
    {
        if (_quotaExhausted)
        {
            _quotaRefusals++;
            return ApiResult.Error(429, "Quota exceeded");
        }

        if (!Sends.TryAccept(chatId, _options.GlobalLimitPerSecond, _options.PerChatLimitPerSecond))
        {
            _rateLimitRefusals++;
            return ApiResult.Error(_options.RateLimitErrorCode, _options.RateLimitErrorCode == 429 ? "Quota exceeded" : "Too Many Requests");
        }

        return null;
    }

    private ApiResult RecordLocked(string method, string chatId, string? text, string? photo, string? sticker, RequestArgs a)
    {
        var messageId = NewIdLocked();
        var date = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Sent.Add(new SentMessage(chatId, messageId, method, text, photo, sticker, date, (JsonObject)a.Json.DeepClone(), DateTimeOffset.UtcNow));
        SignalLocked();
        return ApiResult.Ok(new JsonObject { ["message_id"] = messageId, ["date"] = date });
    }

    private ApiResult GetMe() => ApiResult.Ok(new JsonObject
    {
        ["id"] = BotId,
        ["account_name"] = _options.AccountName,
        ["account_type"] = _options.AccountType,
        ["can_join_groups"] = false,
    });

    private ApiResult SendMessage(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            var text = a.Str("text");
            if (string.IsNullOrEmpty(text))
            {
                return ApiResult.BadRequest("text is empty");
            }

            if (text.Length > MaxTextLength)
            {
                return ApiResult.BadRequest($"text is too long: {text.Length} characters, at most {MaxTextLength}");
            }

            return EnforceLimitsLocked(chatId) ?? RecordLocked("sendMessage", chatId, text, null, null, a);
        }
    }

    private ApiResult SendPhoto(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            var photo = a.Str("photo");
            if (string.IsNullOrEmpty(photo))
            {
                return ApiResult.BadRequest("photo is required");
            }

            if (!(Uri.TryCreate(photo, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
            {
                return ApiResult.BadRequest("photo must be an HTTP or HTTPS URL");
            }

            var caption = a.Str("caption");
            if (caption is not null && caption.Length > MaxTextLength)
            {
                return ApiResult.BadRequest($"caption is too long: {caption.Length} characters, at most {MaxTextLength}");
            }

            return EnforceLimitsLocked(chatId) ?? RecordLocked("sendPhoto", chatId, caption, photo, null, a);
        }
    }

    private ApiResult SendSticker(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            var sticker = a.Str("sticker");
            if (string.IsNullOrEmpty(sticker))
            {
                return ApiResult.BadRequest("sticker is required");
            }

            return EnforceLimitsLocked(chatId) ?? RecordLocked("sendSticker", chatId, null, null, sticker, a);
        }
    }

    private ApiResult SendChatAction(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            var action = a.Str("action");
            if (action is null || !ChatActionNames.Contains(action))
            {
                return ApiResult.BadRequest("action must be typing or upload_photo");
            }

            _chatActions.Add(new ChatActionSent(chatId, action, DateTimeOffset.UtcNow));
            SignalLocked();

            // Zalo documents the answer of sendChatAction as {"ok": true}, without a result.
            return ApiResult.OkWithoutResult();
        }
    }

    private async Task<ApiResult> SetWebhookAsync(RequestArgs a, CancellationToken ct)
    {
        var checkedArgs = SetWebhook(a, dryRun: true);
        if (!checkedArgs.IsOk || !_options.ProbeWebhook)
        {
            return checkedArgs.IsOk ? SetWebhook(a, dryRun: false) : checkedArgs;
        }

        // Zalo's newer documentation: setWebhook sends a test request to the url before it accepts it.
        var url = a.Str("url")!;
        int? status = null;
        try
        {
            status = await PostAsync(url, _options.WebhookTestBody, a.Str("secret_token"), ct);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            // No answer: refused below.
        }

        lock (Gate)
        {
            _probes.Add((url, status));
        }

        return status is >= 200 and < 300
            ? SetWebhook(a, dryRun: false)
            : ApiResult.BadRequest($"webhook url did not answer the test request ({(status is { } code ? "HTTP " + code : "no answer")})");
    }

    private ApiResult SetWebhook(RequestArgs a, bool dryRun)
    {
        var url = a.Str("url") ?? "";
        var secret = a.Str("secret_token") ?? "";
        if (!(Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && !_options.RequireHttpsWebhook))))
        {
            return ApiResult.BadRequest(_options.RequireHttpsWebhook ? "url must be an HTTPS URL" : "url must be an HTTP or HTTPS URL");
        }

        if (secret.Length is < 8 or > 256)
        {
            return ApiResult.BadRequest("secret_token must be 8-256 characters");
        }

        if (dryRun)
        {
            return ApiResult.OkWithoutResult();
        }

        lock (Gate)
        {
            _webhookUrl = url;
            _webhookSecret = secret;
            _webhookUpdatedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            SignalLocked();
            return ApiResult.Ok(WebhookInfoLocked());
        }
    }

    private ApiResult DeleteWebhook()
    {
        lock (Gate)
        {
            _webhookUrl = null;
            _webhookSecret = null;
            _webhookUpdatedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            SignalLocked();
            return ApiResult.Ok(WebhookInfoLocked());
        }
    }

    private ApiResult GetWebhookInfo()
    {
        lock (Gate)
        {
            return ApiResult.Ok(WebhookInfoLocked());
        }
    }

    private JsonObject WebhookInfoLocked() => new() { ["url"] = _webhookUrl ?? "", ["updated_at"] = _webhookUpdatedAt };
}
