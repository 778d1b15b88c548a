using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    protected override bool Knows(string method) => _handlers.ContainsKey(method);

    protected override async Task HandleCallAsync(HttpContext context, string method, CancellationToken ct)
    {
        RequestArgs args;
        try
        {
            args = await RequestArgs.ReadAsync(context.Request, ct);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            await WriteAsync(context, ApiResult.BadRequest("can't parse request: " + e.Message));
            return;
        }

        if (SendMethods.Contains(method))
        {
            var chatId = args.Long("chat_id");
            lock (Gate)
            {
                if (chatId is { } id)
                {
                    Sends.CountAttempt(id);
                }
                else
                {
                    Sends.CountAttempt();
                }
            }
        }

        var result = TakeInjectedFailure(method, args.Long("chat_id")) ?? await _handlers[method](args, ct);
        await WriteAsync(context, result);
    }

    protected override Task WriteErrorAsync(HttpContext context, int status, string description) =>
        WriteAsync(context, ApiResult.Error(status, description));

    private async Task WriteAsync(HttpContext context, ApiResult result)
    {
        if (result.Status == 429)
        {
            lock (Gate)
            {
                _tooManyRequests++;
            }
        }

        context.Response.StatusCode = result.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(result.ToJson().ToJsonString(), context.RequestAborted);
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
            ["getFile"] = Sync(GetFile),
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
        lock (Gate)
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
            lock (Gate)
            {
                var batch = TakeUpdatesLocked(offset, limit);
                if (batch.Count > 0)
                {
                    return ApiResult.Ok(batch);
                }

                changed = ChangedLocked;
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
            catch (OperationCanceledException) when (Stopping.IsCancellationRequested)
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
