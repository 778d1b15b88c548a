using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Benchmarks;

/// <summary>
/// Runs this program again as a child process, so each measurement starts from a fresh process: the kernel's
/// peak working set then belongs to that measurement alone. Results come back as one JSON line on standard
/// output ("RESULT {...}"); progress goes to standard error, straight to the terminal.
/// </summary>
internal sealed class SelfProcess : IDisposable
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly Process process;
    private readonly System.Threading.Channels.Channel<string> lines = System.Threading.Channels.Channel.CreateUnbounded<string>();

    private SelfProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                lines.Writer.TryComplete();
            }
            else
            {
                lines.Writer.TryWrite(e.Data);
            }
        };
        process.BeginOutputReadLine();
    }

    public int Id => process.Id;

    public static SelfProcess Start(IEnumerable<string> args)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The program's path is unknown.");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as `dotnet Benchmarks.dll`: the child is too.
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new SelfProcess(Process.Start(start) ?? throw new InvalidOperationException("The child process did not start."));
    }

    /// <summary>The next line that starts with <paramref name="prefix"/> and a space; the text after it.</summary>
    public async Task<string> ReadAsync(string prefix, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await lines.Reader.WaitToReadAsync(cancel.Token))
            {
                while (lines.Reader.TryRead(out var line))
                {
                    if (line.StartsWith(prefix + " ", StringComparison.Ordinal))
                    {
                        return line[(prefix.Length + 1)..];
                    }

                    await Console.Error.WriteLineAsync(line);
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The child process sent no '{prefix}' line within {timeout.TotalSeconds:0} s.");
        }

        throw new InvalidOperationException($"The child process ended (exit code {ExitCodeOrNull()}) before sending '{prefix}'.");
    }

    public async Task<T> ReadJsonAsync<T>(string prefix, TimeSpan timeout) =>
        JsonSerializer.Deserialize<T>(await ReadAsync(prefix, timeout), JsonOptions)
        ?? throw new InvalidOperationException($"The child's '{prefix}' line was empty.");

    public async Task SendAsync(string line)
    {
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    /// <summary>The parent's next command (a line of standard input); null when the parent closed it.</summary>
    /// <remarks>
    /// Console.In blocks the thread that reads it, even through ReadLineAsync; on the thread pool that
    /// would take one of the two threads this machine starts with away from the bot.
    /// </remarks>
    public static Task<string?> ReadCommandAsync() =>
        Task.Factory.StartNew(Console.In.ReadLine, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Writes a result for the parent process.</summary>
    public static void Write<T>(string prefix, T value) =>
        Console.Out.WriteLine(prefix + " " + JsonSerializer.Serialize(value, JsonOptions));

    private int? ExitCodeOrNull() => process.HasExited ? process.ExitCode : null;
}
