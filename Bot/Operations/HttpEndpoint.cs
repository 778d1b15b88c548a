using System.Net;
using Bot.Hosting;
using Bot.Storage;
using Bot.Workers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Operations;

/// <summary>
/// The bot's small web server (Telegram and Zalo): each channel's webhook in webhook mode, GET /health,
/// and POST /admin/backup for the `backup` command, answered only to the machine itself.
/// </summary>
public sealed class HttpEndpoint(
    IOptions<HttpOptions> http,
    AdminKey adminKey,
    IEnumerable<IWebhook> webhooks,
    HealthMonitor health,
    IStoreBackup backups,
    ILogger<HttpEndpoint> logger) : IHostedService, IAsyncDisposable
{
    public const string AdminKeyHeader = "X-Admin-Key";

    private WebApplication? app;

    /// <summary>The address actually bound (useful when the configured port is 0).</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(http.Value.Url);
        builder.Logging.ClearProviders();
        app = builder.Build();
        foreach (var webhook in webhooks)
        {
            app.MapPost(webhook.Path, (Delegate)webhook.ReceiveAsync);
        }

        app.MapGet("/health", async (CancellationToken aborted) =>
        {
            var report = await health.ReportAsync(aborted);
            return Results.Json(report, Json.Options, statusCode: report.IsHealthy ? 200 : 503);
        });
        app.MapPost("/admin/backup", (Delegate)Backup);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new StartupException($"Không mở được cổng {http.Value.Url} (Http__Url): {ex.Message} / Cannot listen on {http.Value.Url} (Http__Url): {ex.Message}", ex);
        }

        Address = new Uri(app.Urls.First());
        logger.LogInformation("Listening on {Address}", Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private IResult Backup(HttpContext context, string path)
    {
        // The backup endpoint is for the machine itself: never through a proxy, never from outside,
        // and only for someone who can read the key file in the data folder (the bot's own user).
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote)
            || context.Request.Headers.ContainsKey("X-Forwarded-For")
            || !adminKey.Matches(context.Request.Headers[AdminKeyHeader].ToString()))
        {
            return Results.StatusCode(403);
        }

        try
        {
            var result = backups.Backup(path);
            logger.LogInformation("Backup written: {Documents} documents", result.Documents);
            return Results.Json(result, Json.Options);
        }
        catch (IOException ex)
        {
            return Results.Json(new { error = ex.Message }, Json.Options, statusCode: 409);
        }
    }
}
