using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var slash = path.StartsWith("/bot", StringComparison.Ordinal) ? path.IndexOf('/', 4) : -1;
        if (slash < 0)
        {
            await WriteAsync(context, ApiResult.Error(404, "Not Found"));
            return;
        }

        var token = path[4..slash];
        var method = path[(slash + 1)..].TrimEnd('/');
        if (!string.Equals(token, _options.Token, StringComparison.Ordinal))
        {
            await WriteAsync(context, ApiResult.Error(401, "Unauthorized"));
            return;
        }

        var known = _handlers.TryGetValue(method, out var handler);
        lock (_gate)
        {
            _calls[method] = _calls.GetValueOrDefault(method) + 1;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var ct = linked.Token;
        try
        {
            if (!known || handler is null)
            {
                await WriteAsync(context, ApiResult.Error(404, "Not Found"));
                return;
            }

            var delay = ResponseDelay;
            if (delay > TimeSpan.Zero && !string.Equals(method, "getUpdates", StringComparison.OrdinalIgnoreCase))
            {
                await Task.Delay(delay, ct);
            }

            RequestArgs args;
            try
            {
                args = await RequestArgs.ReadAsync(context.Request, ct);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or FormatException or BadHttpRequestException)
            {
                await WriteAsync(context, ApiResult.BadRequest("can't parse request: " + e.Message));
                return;
            }

            if (SendMethods.Contains(method))
            {
                CountSendAttempt(args.Long("chat_id"));
            }

            var result = TakeInjectedFailure(method, args.Long("chat_id")) ?? await handler(args, ct);
            await WriteAsync(context, result);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away or the server is stopping.
        }
    }

    private async Task WriteAsync(HttpContext context, ApiResult result)
    {
        if (result.Status == 429)
        {
            lock (_gate)
            {
                _tooManyRequests++;
            }
        }

        context.Response.StatusCode = result.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(result.ToJson().ToJsonString(), context.RequestAborted);
    }

    private ApiResult? TakeInjectedFailure(string method, long? chatId)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(method, out var queue) || queue.Count == 0)
            {
                return null;
            }

            var failure = queue.Peek();
            if (failure.ChatId is { } only && only != chatId)
            {
                return null;
            }

            if (--failure.Remaining <= 0)
            {
                queue.Dequeue();
            }

            return ApiResult.Error(failure.Status, failure.Description, failure.RetryAfter);
        }
    }

    private Dictionary<string, Func<RequestArgs, CancellationToken, Task<ApiResult>>> CreateHandlers()
    {
        Func<RequestArgs, CancellationToken, Task<ApiResult>> Sync(Func<RequestArgs, ApiResult> handler) =>
            (args, _) => Task.FromResult(handler(args));

        return new(StringComparer.OrdinalIgnoreCase)
        {
            ["getMe"] = Sync(_ => GetMe()),
            ["getUpdates"] = GetUpdatesAsync,
            ["sendMessage"] = Sync(SendMessage),
            ["sendDocument"] = Sync(a => SendFile(a, "sendDocument", "document")),
            ["sendPhoto"] = Sync(a => SendFile(a, "sendPhoto", "photo")),
            ["sendVenue"] = Sync(SendVenue),
            ["sendLocation"] = Sync(SendLocation),
            ["sendChatAction"] = Sync(SendChatAction),
            ["editMessageText"] = Sync(a => EditMessage(a, "editMessageText")),
            ["editMessageReplyMarkup"] = Sync(a => EditMessage(a, "editMessageReplyMarkup")),
            ["deleteMessage"] = Sync(DeleteMessage),
            ["answerCallbackQuery"] = Sync(AnswerCallbackQuery),
            ["setMyCommands"] = Sync(SetMyCommands),
            ["getMyCommands"] = Sync(GetMyCommands),
            ["deleteMyCommands"] = Sync(DeleteMyCommands),
            ["setWebhook"] = Sync(SetWebhook),
            ["deleteWebhook"] = Sync(DeleteWebhook),
            ["getWebhookInfo"] = Sync(_ => GetWebhookInfo()),
        };
    }

    // ----- getUpdates -----

    private static readonly HashSet<string> DefaultAllowedUpdatesExcluded =
        new(["chat_member", "message_reaction", "message_reaction_count"], StringComparer.Ordinal);

    private async Task<ApiResult> GetUpdatesAsync(RequestArgs args, CancellationToken ct)
    {
        var offset = args.Long("offset") ?? 0;
        var limit = Math.Clamp(args.Int("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.Int("timeout") ?? 0));
        var started = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            if (_webhookUrl is not null)
            {
                return ApiResult.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            if (args.Node("allowed_updates") is JsonArray allowed)
            {
                _allowedUpdates = allowed.Count == 0
                    ? null
                    : allowed.Select(n => n?.ToString() ?? "").ToHashSet(StringComparer.Ordinal);
            }

            if (offset < 0)
            {
                // Telegram: a negative offset keeps only the last -offset updates; all before are forgotten.
                var keep = (int)Math.Min(-offset, int.MaxValue);
                if (_queue.Count > keep)
                {
                    _queue.RemoveRange(0, _queue.Count - keep);
                    SignalLocked();
                }

                offset = 0;
            }
        }

        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var batch = TakeUpdatesLocked(offset, limit);
                if (batch.Count > 0)
                {
                    return ApiResult.Ok(batch);
                }

                changed = _changed.Task;
            }

            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || ct.IsCancellationRequested)
            {
                return ApiResult.Ok(new JsonArray());
            }

            try
            {
                await WaitSignalAsync(changed, remaining, ct);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return ApiResult.Ok(new JsonArray());
            }
        }
    }

    private JsonArray TakeUpdatesLocked(long offset, int limit)
    {
        var changed = _queue.RemoveAll(q =>
            (q.UpdateId < offset && (q.Delivered || !q.Repeated)) || !IsAllowedLocked(q.Update)) > 0;

        var batch = new JsonArray();
        foreach (var entry in _queue)
        {
            if (batch.Count >= limit)
            {
                break;
            }

            entry.Delivered = true;
            batch.Add(entry.Update.DeepClone());
        }

        if (changed)
        {
            SignalLocked();
        }

        return batch;
    }

    private bool IsAllowedLocked(JsonObject update)
    {
        var type = update.Select(p => p.Key).FirstOrDefault(k => k != "update_id");
        if (type is null)
        {
            return true;
        }

        return _allowedUpdates is null ? !DefaultAllowedUpdatesExcluded.Contains(type) : _allowedUpdates.Contains(type);
    }
}
