using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FakeZalo;

public sealed partial class FakeZaloApi
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
            var chatId = args.Str("chat_id");
            lock (Gate)
            {
                if (string.IsNullOrEmpty(chatId))
                {
                    Sends.CountAttempt();
                }
                else
                {
                    Sends.CountAttempt(chatId);
                }
            }
        }

        if (TakeFault(method) is { } fault)
        {
            switch (fault.Kind)
            {
                case FaultKind.Delay:
                    await Task.Delay(fault.Delay, ct);
                    break;
                case FaultKind.HttpStatus:
                    await WriteBareStatusAsync(context, fault.Code, fault.Description ?? "");
                    return;
                default:
                    await WriteAsync(context, ApiResult.Error(fault.Code, fault.Description ?? ""));
                    return;
            }
        }

        var result = await _handlers[method](args, ct);
        if (result.IsOk)
        {
            lock (Gate)
            {
                _succeeded[method] = _succeeded.GetValueOrDefault(method) + 1;
            }
        }

        await WriteAsync(context, result);
    }

    protected override Task WriteErrorAsync(HttpContext context, int status, string description) =>
        WriteAsync(context, ApiResult.Error(status, description));

    private async Task WriteAsync(HttpContext context, ApiResult result)
    {
        context.Response.StatusCode = result.IsOk || _options.ErrorsAsHttp200 ? 200 : result.ErrorCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(result.ToJson().ToJsonString(JsonOptions), context.RequestAborted);
    }

    private static async Task WriteBareStatusAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1></body></html>", context.RequestAborted);
    }

    private Dictionary<string, Func<RequestArgs, CancellationToken, Task<ApiResult>>> CreateHandlers()
    {
        Func<RequestArgs, CancellationToken, Task<ApiResult>> Sync(Func<RequestArgs, ApiResult> handler) =>
            (args, _) => Task.FromResult(handler(args));

        return new(StringComparer.Ordinal)
        {
            ["getMe"] = Sync(_ => GetMe()),
            ["getUpdates"] = GetUpdatesAsync,
            ["sendMessage"] = Sync(SendMessage),
            ["sendPhoto"] = Sync(SendPhoto),
            ["sendSticker"] = Sync(SendSticker),
            ["sendChatAction"] = Sync(SendChatAction),
            ["setWebhook"] = SetWebhookAsync,
            ["deleteWebhook"] = Sync(_ => DeleteWebhook()),
            ["getWebhookInfo"] = Sync(_ => GetWebhookInfo()),
        };
    }

    // ----- getUpdates -----

    /// <summary>
    /// Long polling: answers the oldest queued event as <c>{"ok": true, "result": {"event_name", "message"}}</c>, one per call;
    /// with none within <c>timeout</c> seconds, <c>{"ok": false, "error_code": 408, "description": "Request timeout"}</c>
    /// (what the real API answers: public clients treat error_code 408 as "no new event", not as a failure).
    /// </summary>
    private async Task<ApiResult> GetUpdatesAsync(RequestArgs args, CancellationToken ct)
    {
        lock (Gate)
        {
            _pollTimeouts.Add(args.Json["timeout"]?.ToJsonString());
        }

        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.Int("timeout") ?? _options.DefaultPollTimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (Gate)
            {
                if (_webhookUrl is not null)
                {
                    return ApiResult.Error(409, "Conflict: can't use getUpdates while a webhook is set; use deleteWebhook first");
                }

                var index = _queue.FindIndex(q => !q.InFlight);
                if (index >= 0)
                {
                    var next = _queue[index];
                    _queue.RemoveAt(index);
                    _deliveries.Add(new EventDelivery(next.Event, DeliveryKind.GetUpdates, null, null, DateTimeOffset.UtcNow));
                    SignalLocked();
                    return ApiResult.Ok(next.Event.ToJson());
                }

                changed = ChangedLocked;
            }

            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || Stopping.IsCancellationRequested)
            {
                return PollTimeout();
            }

            try
            {
                await WaitSignalAsync(changed, remaining, ct);
            }
            catch (OperationCanceledException) when (Stopping.IsCancellationRequested)
            {
                return PollTimeout();
            }
        }
    }

    private static ApiResult PollTimeout() => ApiResult.Error(408, "Request timeout");
}
