using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Bot.Hosting;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Operations;

/// <summary>
/// Feeds systemd's watchdog (<c>WatchdogSec=</c> in the unit) only while the store answers: every
/// half watchdog period a timed round trip through the store (<see cref="IStoreProbe"/>), and
/// <c>WATCHDOG=1</c> to $NOTIFY_SOCKET only when it succeeded. A bot whose engine or disk hangs then
/// misses the deadline, and systemd kills and restarts it. Microsoft.Extensions.Hosting.Systemd
/// sends READY=1 and STOPPING=1 but never WATCHDOG=1, hence this datagram. Without $NOTIFY_SOCKET
/// and $WATCHDOG_USEC (not under systemd, or no WatchdogSec=) it does nothing.
/// </summary>
public sealed class SystemdWatchdog(IConfiguration configuration, IStoreProbe probe, IOptions<HealthOptions> options, TimeProvider time, ILogger<SystemdWatchdog> logger) : BackgroundService
{
    private static readonly byte[] Ping = Encoding.ASCII.GetBytes("WATCHDOG=1");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var socketPath = configuration["NOTIFY_SOCKET"];
        if (string.IsNullOrEmpty(socketPath)
            || !long.TryParse(configuration["WATCHDOG_USEC"], NumberStyles.None, CultureInfo.InvariantCulture, out var usec) || usec <= 0
            || (configuration["WATCHDOG_PID"] is { Length: > 0 } pid && pid != Environment.ProcessId.ToString(CultureInfo.InvariantCulture)))
        {
            return;
        }

        var every = TimeSpan.FromMicroseconds(usec / 2.0);
        var timeout = options.Value.StoreTimeout < every ? options.Value.StoreTimeout : every;
        // "@name" is an abstract socket: its name starts with a zero byte.
        var endpoint = new UnixDomainSocketEndPoint(socketPath[0] == '@' ? "\0" + socketPath[1..] : socketPath);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        using var timer = new PeriodicTimer(every, time);
        var fed = true;
        do
        {
            var problem = await probe.CheckAsync(timeout, stoppingToken);
            if (problem is null)
            {
                await SendAsync(socket, endpoint, stoppingToken);
            }
            else if (fed)
            {
                logger.LogError("The store did not answer ({Problem}); systemd's watchdog is no longer fed", problem);
            }

            fed = problem is null;
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SendAsync(Socket socket, UnixDomainSocketEndPoint endpoint, CancellationToken stoppingToken)
    {
        try
        {
            await socket.SendToAsync(Ping, SocketFlags.None, endpoint, stoppingToken);
        }
        catch (SocketException ex)
        {
            // systemd gone or restarting: the next tick tries again.
            logger.LogWarning("Could not reach systemd's notify socket: {Error}", ex.Message);
        }
    }
}
