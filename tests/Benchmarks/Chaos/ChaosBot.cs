using System.Diagnostics;
using System.Globalization;
using FakeTelegram;

namespace Benchmarks.Chaos;

/// <summary>
/// The real bot (the built Bot.dll beside this program) as a process of its own against the fake
/// Bot API, started again and again on one data file and killed with SIGKILL.
/// </summary>
internal sealed class ChaosBot(FakeBotApi fake, string databasePath, int parallelSends) : IDisposable
{
    public const long Organizer = 9001;

    private readonly Queue<string> lastLines = new();
    private Process? process;

    public int Starts { get; private set; }

    /// <summary>The last lines the bot printed, for a failure's message.</summary>
    public string Tail
    {
        get
        {
            lock (lastLines)
            {
                return string.Join('\n', lastLines);
            }
        }
    }

    /// <summary>Starts the bot and returns once it polls for updates.</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        if (Starts > 0)
        {
            // A poll the killed process sent just before it died may still reach the fake; it must
            // not be taken for the new process's first.
            await Task.Delay(300);
        }

        var polls = fake.Calls("getUpdates");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
        foreach (var (key, value) in Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        started.OutputDataReceived += (_, e) => Keep(e.Data);
        started.ErrorDataReceived += (_, e) => Keep(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
        Starts++;

        var clock = Stopwatch.StartNew();
        while (fake.Calls("getUpdates") == polls)
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {started.ExitCode} at start {Starts}:\n{Tail}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The bot did not poll within {timeout.TotalSeconds:0} s of start {Starts}:\n{Tail}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the power goes.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>Whether the bot stopped by itself (a crash, a failed check).</summary>
    public bool Crashed => process is { HasExited: true };

    public void Dispose() => Kill();

    private Dictionary<string, string> Settings() => new()
    {
        ["Telegram:Token"] = fake.Token,
        ["Telegram:BaseUrl"] = fake.BaseUrl,
        ["Telegram:PollTimeoutSeconds"] = "1",
        ["Telegram:OrganizerIds:0"] = Organizer.ToString(CultureInfo.InvariantCulture),
        ["Telegram:GlobalPerSecond"] = "100000",
        ["Telegram:PerChatPerSecond"] = "0",
        ["Bot:DatabasePath"] = databasePath,
        ["Bot:AutoApprove"] = "true",
        ["Http:Url"] = "http://127.0.0.1:0",
        ["Delivery:MaxParallelSends"] = parallelSends.ToString(CultureInfo.InvariantCulture),
        ["Delivery:FirstBackoff"] = "00:00:00.050",
        ["Delivery:MaxBackoff"] = "00:00:00.500",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            while (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }
    }
}
