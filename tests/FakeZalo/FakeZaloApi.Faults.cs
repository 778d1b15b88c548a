namespace FakeZalo;

public sealed partial class FakeZaloApi
{
    // ----- fault injection -----

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> (or <see cref="AnySend"/>) answer
    /// <c>{"ok": false, "error_code": errorCode, "description": ...}</c> without doing anything.
    /// Faults for one method queue up; a method's own faults come before <see cref="AnySend"/> ones.
    /// </summary>
    public void FailNext(string method, int errorCode, int count = 1, string? description = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(errorCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(errorCode, 599);
        AddFault(method, count, new InjectedFault(FaultKind.ApiError, errorCode, description ?? DefaultDescription(errorCode), TimeSpan.Zero));
    }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> (or <see cref="AnySend"/>) get a bare HTTP
    /// <paramref name="httpStatus"/> (such as 502) with an HTML body, as a failing gateway would answer, without doing anything.
    /// </summary>
    public void FailNextWithHttpStatus(string method, int httpStatus, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(httpStatus, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(httpStatus, 599);
        AddFault(method, count, new InjectedFault(FaultKind.HttpStatus, httpStatus, DefaultDescription(httpStatus), TimeSpan.Zero));
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (or <see cref="AnySend"/>) wait <paramref name="delay"/>, then are handled normally.</summary>
    public void DelayNext(string method, TimeSpan delay, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        AddFault(method, count, new InjectedFault(FaultKind.Delay, 0, null, delay));
    }

    /// <summary>Drops every fault queued by <see cref="FailNext"/>, <see cref="FailNextWithHttpStatus"/> and <see cref="DelayNext"/> that has not been used yet.</summary>
    public void ClearFailures()
    {
        lock (Gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>
    /// From now on every send and sendChatAction to this chat fails, as for a user who blocked the bot. Zalo documents
    /// no answer for that case: the fake answers 403 "Internal server error", the documented meaning of 403, so a
    /// client cannot tell it from a server fault by one answer.
    /// </summary>
    public void Block(string chatId)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        lock (Gate)
        {
            _blocked[chatId] = "Internal server error";
        }
    }

    /// <summary>
    /// From now on every send (sendMessage, sendPhoto, sendSticker) answers 429 "Quota exceeded", the documented
    /// answer when the bot's plan quota is used up, until <see cref="RestoreQuota"/>. Counted in <see cref="QuotaRefusals"/>.
    /// </summary>
    public void ExhaustQuota()
    {
        lock (Gate)
        {
            _quotaExhausted = true;
        }
    }

    /// <summary>Undoes <see cref="ExhaustQuota"/>.</summary>
    public void RestoreQuota()
    {
        lock (Gate)
        {
            _quotaExhausted = false;
            SignalLocked();
        }
    }

    /// <summary>Sends refused with 429 "Quota exceeded" after <see cref="ExhaustQuota"/>.</summary>
    public int QuotaRefusals
    {
        get
        {
            lock (Gate)
            {
                return _quotaRefusals;
            }
        }
    }

    /// <summary>Undoes <see cref="Block"/>.</summary>
    public void Unblock(string chatId)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        lock (Gate)
        {
            _blocked.Remove(chatId);
        }
    }

    private InjectedFault? TakeFault(string method)
    {
        lock (Gate)
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

    private void AddFault(string method, int count, InjectedFault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        fault.Remaining = count;
        lock (Gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                queue = new Queue<InjectedFault>();
                _faults[method] = queue;
            }

            queue.Enqueue(fault);
        }
    }

    private static string DefaultDescription(int code) => code switch
    {
        400 => "Bad Request: injected failure",
        401 => "Unauthorized",
        403 => "Internal server error",
        404 => "Not Found",
        408 => "Request timeout",
        429 => "Quota exceeded",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => $"Injected error {code}",
    };

    private enum FaultKind
    {
        ApiError,
        HttpStatus,
        Delay,
    }

    private sealed class InjectedFault(FaultKind kind, int code, string? description, TimeSpan delay)
    {
        public FaultKind Kind { get; } = kind;

        public int Code { get; } = code;

        public string? Description { get; } = description;

        public TimeSpan Delay { get; } = delay;

        public int Remaining { get; set; }
    }
}
