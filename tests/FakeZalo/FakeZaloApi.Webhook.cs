using System.Text;

namespace FakeZalo;

public sealed partial class FakeZaloApi
{
    /// <summary>The url set with setWebhook, or null.</summary>
    public string? WebhookUrl
    {
        get
        {
            lock (Gate)
            {
                return _webhookUrl;
            }
        }
    }

    /// <summary>The secret_token set with setWebhook, or null.</summary>
    public string? WebhookSecret
    {
        get
        {
            lock (Gate)
            {
                return _webhookSecret;
            }
        }
    }

    /// <summary>While true and a webhook is set, queued events are POSTed to it one at a time, in order.</summary>
    public bool AutoDeliverToWebhook
    {
        get
        {
            lock (Gate)
            {
                return _autoDeliver;
            }
        }
        set
        {
            lock (Gate)
            {
                _autoDeliver = value;
                SignalLocked();
            }
        }
    }

    /// <summary>
    /// false: webhook bodies are <c>{"event_name", "message"}</c> (what integrations see);
    /// true: <c>{"ok": true, "result": {"event_name", "message"}}</c> (what Zalo's documentation shows).
    /// </summary>
    public bool WrapWebhookBody
    {
        get
        {
            lock (Gate)
            {
                return _wrapWebhookBody;
            }
        }
        set
        {
            lock (Gate)
            {
                _wrapWebhookBody = value;
            }
        }
    }

    /// <summary>
    /// POSTs <paramref name="zaloEvent"/> to the webhook set by the bot, now, outside the queue, and returns the HTTP
    /// status the bot answered. The header X-Bot-Api-Secret-Token carries the secret set with setWebhook, or
    /// <paramref name="secretOverride"/> when given; <paramref name="omitSecret"/> sends no header at all.
    /// <paramref name="wrap"/> overrides <see cref="WrapWebhookBody"/> for this call.
    /// </summary>
    /// <exception cref="InvalidOperationException">No webhook is set.</exception>
    /// <exception cref="HttpRequestException">The bot did not answer.</exception>
    public async Task<int> PostToWebhookAsync(
        ZaloEvent zaloEvent, string? secretOverride = null, bool omitSecret = false, bool? wrap = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zaloEvent);
        string url;
        string? secret;
        bool wrapped;
        lock (Gate)
        {
            url = _webhookUrl ?? throw new InvalidOperationException("No webhook is set: the bot has not called setWebhook.");
            secret = omitSecret ? null : secretOverride ?? _webhookSecret;
            wrapped = wrap ?? _wrapWebhookBody;
        }

        var status = await PostAsync(url, zaloEvent.ToJson(wrapped).ToJsonString(JsonOptions), secret, cancellationToken);
        lock (Gate)
        {
            _deliveries.Add(new EventDelivery(zaloEvent, DeliveryKind.ManualWebhook, status, null, DateTimeOffset.UtcNow));
            SignalLocked();
        }

        return status;
    }

    /// <summary>POSTs <paramref name="body"/> as is (application/json) to the webhook with <paramref name="secret"/> (no header when null); returns the HTTP status.</summary>
    /// <exception cref="InvalidOperationException">No webhook is set.</exception>
    public async Task<int> PostRawToWebhookAsync(string body, string? secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var url = WebhookUrl ?? throw new InvalidOperationException("No webhook is set: the bot has not called setWebhook.");
        return await PostAsync(url, body, secret, cancellationToken);
    }

    // ----- webhook delivery -----

    private async Task DeliveryLoopAsync()
    {
        var ct = Stopping;
        while (!ct.IsCancellationRequested)
        {
            QueuedEvent? next = null;
            var url = "";
            string? secret = null;
            var wrapped = false;
            Task changed;
            lock (Gate)
            {
                changed = ChangedLocked;
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
            lock (Gate)
            {
                _queue.Remove(next);
                _deliveries.Add(new EventDelivery(next.Event, DeliveryKind.Webhook, status, error, DateTimeOffset.UtcNow));
                SignalLocked();
            }
        }
    }

    private async Task<int> PostAsync(string url, string body, string? secret, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct, Stopping);
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
