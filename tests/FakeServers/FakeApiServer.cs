using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeServers;

/// <summary>
/// What every fake platform API shares: a loopback server answering <c>/bot{token}/{method}</c>, the
/// token check, the count of calls per method, a response delay, one lock for all state with a signal
/// on every change, waiting for a change, and stopping. A fake adds its platform's methods.
/// </summary>
public abstract class FakeApiServer : IAsyncDisposable
{
    /// <summary>How long the waiting helpers wait when the test gives no timeout.</summary>
    protected static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly StringComparer _methodNames;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, int> _calls;
    private TaskCompletionSource _changed = NewSignal();
    private long _responseDelayTicks;
    private int _disposed;

    protected FakeApiServer(string token, StringComparer methodNames, long maxRequestBodySize)
    {
        Token = token;
        _methodNames = methodNames;
        _calls = new Dictionary<string, int>(methodNames);
        _app = LoopbackServer.Build(GetType().Assembly.GetName().Name!, HandleRequestAsync, maxRequestBodySize);
    }

    /// <summary>"http://127.0.0.1:PORT", once started.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "The clients take the base URL as a string.")]
    public string BaseUrl { get; private set; } = "";

    /// <summary>The token the server accepts.</summary>
    public string Token { get; }

    /// <summary>Waited before handling every call but getUpdates.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _responseDelayTicks));
        set => Interlocked.Exchange(ref _responseDelayTicks, value.Ticks);
    }

    /// <summary>Guards all of the fake's state.</summary>
    protected Lock Gate { get; } = new();

    /// <summary>Cancelled when the fake stops.</summary>
    protected CancellationToken Stopping => _stopping.Token;

    /// <summary>Completes at the next change; read under <see cref="Gate"/> with the state it follows.</summary>
    protected Task ChangedLocked => _changed.Task;

    /// <summary>How many calls of this method came with the right token, failed ones included.</summary>
    public int Calls(string method)
    {
        lock (Gate)
        {
            return _calls.GetValueOrDefault(method);
        }
    }

    /// <summary>Stops the server; pending long polls end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        lock (Gate)
        {
            SignalLocked();
        }

        await BeforeStopAsync();
        try
        {
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(stopTimeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Gave up waiting for in-flight requests.
        }
        finally
        {
            await _app.DisposeAsync();
            AfterStop();
            _stopping.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the server on 127.0.0.1 with a free port.</summary>
    protected async Task StartServerAsync() => BaseUrl = await LoopbackServer.StartAsync(_app);

    /// <summary>Whether the platform has this method.</summary>
    protected abstract bool Knows(string method);

    /// <summary>Handles a call of a known method with the right token, after the response delay.</summary>
    protected abstract Task HandleCallAsync(HttpContext context, string method, CancellationToken ct);

    /// <summary>Answers an error in the platform's own shape.</summary>
    protected abstract Task WriteErrorAsync(HttpContext context, int status, string description);

    /// <summary>Runs when the fake stops, before the server does.</summary>
    protected virtual Task BeforeStopAsync() => Task.CompletedTask;

    /// <summary>Runs when the server has stopped.</summary>
    protected virtual void AfterStop()
    {
    }

    /// <summary>Whether reading a request failed because the request is malformed (answered 400).</summary>
    protected static bool IsUnreadable(Exception e) =>
        e is JsonException or InvalidDataException or FormatException or BadHttpRequestException;

    /// <summary>Wakes everything waiting for a change; call under <see cref="Gate"/>.</summary>
    protected void SignalLocked()
    {
        var old = _changed;
        _changed = NewSignal();
        old.TrySetResult();
    }

    /// <summary>Waits for <paramref name="signal"/> up to <paramref name="timeout"/>; the caller re-checks its deadline.</summary>
    protected static async Task WaitSignalAsync(Task signal, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(signal);
        try
        {
            await signal.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            // The caller re-checks its deadline.
        }
    }

    /// <summary>
    /// Looks at the state (<paramref name="snapshotLocked"/>, under <see cref="Gate"/>) after every change until
    /// <paramref name="done"/> says so, up to <paramref name="timeout"/> (10 s by default); answers the last look.
    /// </summary>
    /// <exception cref="TimeoutException">Not done in time; the message is <paramref name="describe"/>'s.</exception>
    protected async Task<T> WaitUntilAsync<T>(Func<T> snapshotLocked, Func<T, bool> done, TimeSpan? timeout, Func<T, TimeSpan, string> describe)
    {
        ArgumentNullException.ThrowIfNull(snapshotLocked);
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(describe);
        var wait = timeout ?? DefaultWait;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            T snapshot;
            Task changed;
            lock (Gate)
            {
                snapshot = snapshotLocked();
                changed = _changed.Task;
            }

            if (done(snapshot))
            {
                return snapshot;
            }

            var remaining = wait - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(describe(snapshot, wait));
            }

            await WaitSignalAsync(changed, remaining, CancellationToken.None);
        }
    }

    /// <summary>Serves a file download (<c>/file/bot{token}/{path}</c>); the base answers 404.</summary>
    protected virtual Task ServeFileAsync(HttpContext context, string filePath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteErrorAsync(context, 404, "Not Found");
    }

    private async Task HandleFileRequestAsync(HttpContext context, string path)
    {
        var slash = path.IndexOf('/', 4);
        if (slash < 0 || !string.Equals(path[4..slash], Token, StringComparison.Ordinal))
        {
            await WriteErrorAsync(context, slash < 0 ? 404 : 401, slash < 0 ? "Not Found" : "Unauthorized");
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await ServeFileAsync(context, Uri.UnescapeDataString(path[(slash + 1)..]), linked.Token);
        }
        catch (OperationCanceledException) when (linked.Token.IsCancellationRequested)
        {
            // The client went away or the server is stopping.
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task HandleRequestAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            await HandleFileRequestAsync(context, path["/file".Length..]);
            return;
        }

        var slash = path.StartsWith("/bot", StringComparison.Ordinal) ? path.IndexOf('/', 4) : -1;
        if (slash < 0)
        {
            await WriteErrorAsync(context, 404, "Not Found");
            return;
        }

        var token = path[4..slash];
        var method = path[(slash + 1)..].TrimEnd('/');
        if (!string.Equals(token, Token, StringComparison.Ordinal))
        {
            await WriteErrorAsync(context, 401, "Unauthorized");
            return;
        }

        lock (Gate)
        {
            _calls[method] = _calls.GetValueOrDefault(method) + 1;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var ct = linked.Token;
        try
        {
            if (!Knows(method))
            {
                await WriteErrorAsync(context, 404, "Not Found");
                return;
            }

            var delay = ResponseDelay;
            if (delay > TimeSpan.Zero && !_methodNames.Equals(method, "getUpdates"))
            {
                await Task.Delay(delay, ct);
            }

            await HandleCallAsync(context, method, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away or the server is stopping.
        }
    }
}
