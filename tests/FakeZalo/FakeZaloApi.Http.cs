using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FakeZalo;

public sealed partial class FakeZaloApi
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

        // Zalo: method names are case-sensitive.
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
            if (delay > TimeSpan.Zero && method != "getUpdates")
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
                CountSendAttempt(args.Str("chat_id"));
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

            var result = await handler(args, ct);
            if (result.IsOk)
            {
                lock (_gate)
                {
                    _succeeded[method] = _succeeded.GetValueOrDefault(method) + 1;
                }
            }

            await WriteAsync(context, result);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away or the server is stopping.
        }
    }

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

    private InjectedFault? TakeFault(string method)
    {
        lock (_gate)
        {
            return TakeFaultLocked(method) ?? (SendMethods.Contains(method) ? TakeFaultLocked(AnySend) : null);
        }
    }

    private InjectedFault? TakeFaultLocked(string key)
    {
        if (!_faults.TryGetValue(key, out var queue) || queue.Count == 0)
        {
            return null;
        }

        var fault = queue.Peek();
        if (--fault.Remaining <= 0)
        {
            queue.Dequeue();
        }

        return fault;
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
        lock (_gate)
        {
            _pollTimeouts.Add(args.Json["timeout"]?.ToJsonString());
        }

        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.Int("timeout") ?? _options.DefaultPollTimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (_gate)
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

                changed = _changed.Task;
            }

            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || _stopping.IsCancellationRequested)
            {
                return PollTimeout();
            }

            try
            {
                await WaitSignalAsync(changed, remaining, ct);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return PollTimeout();
            }
        }
    }

    private static ApiResult PollTimeout() => ApiResult.Error(408, "Request timeout");

    // ----- webhook delivery -----

    private async Task DeliveryLoopAsync()
    {
        var ct = _stopping.Token;
        while (!ct.IsCancellationRequested)
        {
            QueuedEvent? next = null;
            var url = "";
            string? secret = null;
            var wrapped = false;
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
                if (_autoDeliver && _webhookUrl is not null && _queue.Count > 0 && !_queue[0].InFlight)
                {
                    next = _queue[0];
                    next.InFlight = true;
                    url = _webhookUrl;
                    secret = _webhookSecret;
                    wrapped = _wrapWebhookBody;
                }
            }

            if (next is null)
            {
                try
                {
                    await changed.WaitAsync(ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            int? status = null;
            string? error = null;
            try
            {
                status = await PostAsync(url, next.Event.ToJson(wrapped).ToJsonString(JsonOptions), secret, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException)
            {
                error = $"the webhook did not answer within {_options.WebhookTimeout.TotalSeconds:0.###} s";
            }
            catch (HttpRequestException e)
            {
                error = e.Message;
            }

            // Zalo documents no retry: a failed delivery is recorded and the event is gone.
            lock (_gate)
            {
                _queue.Remove(next);
                _deliveries.Add(new EventDelivery(next.Event, DeliveryKind.Webhook, status, error, DateTimeOffset.UtcNow));
                SignalLocked();
            }
        }
    }

    private async Task<int> PostAsync(string url, string body, string? secret, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct, _stopping.Token);
        timeout.CancelAfter(_options.WebhookTimeout);
        var target = _options.RouteWebhook is { } route ? route(new Uri(url)) : new Uri(url);
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(SecretHeader, secret);
        }

        using var response = await _webhookClient.SendAsync(request, timeout.Token);
        return (int)response.StatusCode;
    }
}
