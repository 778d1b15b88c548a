namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> (case-insensitive) fail with <paramref name="statusCode"/>.
    /// A 429 carries parameters.retry_after (<paramref name="retryAfterSeconds"/> or the options' RetryAfterSeconds).
    /// Several calls for one method queue up. Injected failures are checked before anything else, getUpdates included.
    /// With <paramref name="chatId"/>, only calls to that chat take the failure (calls to other chats wait the same
    /// response delay and may finish first).
    /// </summary>
    public void FailNext(string method, int statusCode, int count = 1, int? retryAfterSeconds = null, string? description = null, long? chatId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var retryAfter = statusCode == 429 ? retryAfterSeconds ?? _options.RetryAfterSeconds : (int?)null;
        var failure = new InjectedFailure(statusCode, description ?? DefaultDescription(statusCode, retryAfter), retryAfter) { Remaining = count, ChatId = chatId };
        lock (Gate)
        {
            if (!_failures.TryGetValue(method, out var queue))
            {
                queue = new Queue<InjectedFailure>();
                _failures[method] = queue;
            }

            queue.Enqueue(failure);
        }
    }

    /// <summary>Drops every failure queued by <see cref="FailNext"/> that has not been used yet.</summary>
    public void ClearFailures()
    {
        lock (Gate)
        {
            _failures.Clear();
        }
    }

    /// <summary>From now on every call targeting this chat answers 403 "Forbidden: bot was blocked by the user".</summary>
    public void Block(long chatId)
    {
        lock (Gate)
        {
            _forbidden[chatId] = "Forbidden: bot was blocked by the user";
        }
    }

    /// <summary>From now on every call targeting this chat answers 403 "Forbidden: user is deactivated".</summary>
    public void Deactivate(long chatId)
    {
        lock (Gate)
        {
            _forbidden[chatId] = "Forbidden: user is deactivated";
        }
    }

    /// <summary>Undoes <see cref="Block"/> and <see cref="Deactivate"/>.</summary>
    public void Unblock(long chatId)
    {
        lock (Gate)
        {
            _forbidden.Remove(chatId);
        }
    }

    private ApiResult? TakeInjectedFailure(string method, long? chatId)
    {
        lock (Gate)
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

    private static string DefaultDescription(int statusCode, int? retryAfter) => statusCode switch
    {
        400 => "Bad Request: injected failure",
        401 => "Unauthorized",
        403 => "Forbidden: injected failure",
        404 => "Not Found",
        409 => "Conflict: injected failure",
        429 => $"Too Many Requests: retry after {retryAfter}",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => $"Injected error {statusCode}",
    };

    private sealed class InjectedFailure(int status, string description, int? retryAfter)
    {
        public long? ChatId { get; init; }

        public int Status { get; } = status;

        public string Description { get; } = description;

        public int? RetryAfter { get; } = retryAfter;

        public int Remaining { get; set; }
    }
}
