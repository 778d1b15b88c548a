using System.Diagnostics;
using System.Text;
using FakeTelegram;

namespace Bot.Tests.Support;

/// <summary>
/// The bot as a separate process (the built Bot.dll), for what only a real process shows: being
/// killed with SIGKILL, two processes on one data file, and everything it prints.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static BotProcess Start(FakeBotApi fake, string databasePath, IDictionary<string, string?>? overrides = null, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
        foreach (var arg in args ?? [])
        {
            start.ArgumentList.Add(arg);
        }

        var settings = BotUnderTest.Settings(fake, databasePath);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut of the process.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
