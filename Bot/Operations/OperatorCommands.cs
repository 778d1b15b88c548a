using System.Globalization;
using System.Net.Http.Json;
using Bot.Hosting;
using Bot.Storage;
using Bot.Workers;
using Microsoft.Extensions.Configuration;

namespace Bot.Operations;

/// <summary>
/// The commands an operator runs beside the bot: `health`, `backup FILE`, `restore FILE`,
/// `check-config`. They read the same configuration as the bot; they never open a database the
/// running bot owns (<paramref name="store"/> notices one).
/// </summary>
public sealed class OperatorCommands(IConfiguration configuration, string contentRoot, IStoppedStore store, TextWriter output, TimeProvider time)
{
    public static readonly string[] Verbs = ["health", "backup", "restore", "check-config"];

    private string DatabasePath =>
        BotServices.DatabasePath(configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions(), contentRoot);

    public async Task<int> RunAsync(string verb, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return verb switch
        {
            "health" => Health(),
            "backup" when arguments.Count == 1 => await BackupAsync(arguments[0]),
            "restore" when arguments.Count == 1 => Restore(arguments[0]),
            "check-config" when arguments.Count == 0 => new ConfigurationCheck(configuration, contentRoot, output).Run(),
            _ => await Usage(),
        };
    }

    private async Task<int> Usage()
    {
        await output.WriteLineAsync("Cách dùng / Usage: Bot [console] | Bot health | Bot backup <tệp/file> | Bot restore <tệp/file> | Bot check-config");
        return 2;
    }

    /// <summary>Exit 0 when the running bot's last report is recent and healthy.</summary>
    private int Health()
    {
        var report = HealthFile.Read(HealthFile.PathFor(DatabasePath));
        if (report is null)
        {
            output.WriteLine("Chưa có báo cáo sức khỏe: bot có đang chạy không? / No health report yet: is the bot running?");
            return 1;
        }

        var age = time.GetUtcNow() - report.At;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"status={report.Status} mode={report.Mode} storage={report.Storage} lastActivity={report.LastActivity:O} outboxPending={report.OutboxPending} inboxUnhandled={report.InboxUnhandled} reportAge={age.TotalSeconds:0}s"));
        return report.IsHealthy && age <= HealthFile.MaxAge ? 0 : 1;
    }

    /// <summary>Asks the running bot for a consistent copy; with the bot stopped, copies the file itself.</summary>
    private async Task<int> BackupAsync(string target)
    {
        var path = Path.GetFullPath(target);
        if (!store.Exists)
        {
            output.WriteLine($"Không có tệp dữ liệu {DatabasePath} (Bot__DatabasePath). / There is no data file at {DatabasePath} (Bot__DatabasePath).");
            return 1;
        }

        if (store.TryBackup(path) is not { } result)
        {
            return await BackupThroughRunningBotAsync(path);
        }

        output.WriteLine($"Đã sao lưu / Backed up: {result.Path} ({result.Documents} documents)");
        return 0;
    }

    private async Task<int> BackupThroughRunningBotAsync(string path)
    {
        var url = configuration.GetSection(HttpOptions.Section).Get<HttpOptions>()?.Url ?? new HttpOptions().Url;
        var address = new UriBuilder(url.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("+", "127.0.0.1", StringComparison.Ordinal)) { Path = "/admin/backup", Query = "path=" + Uri.EscapeDataString(path) }.Uri;
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, address);
            request.Headers.Add(HttpEndpoint.AdminKeyHeader, AdminKey.Read(DatabasePath) ?? string.Empty);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                output.WriteLine($"Bot không sao lưu được ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()} / The bot could not back up.");
                return 1;
            }

            var result = await response.Content.ReadFromJsonAsync<BackupResult>(Json.Options);
            output.WriteLine($"Đã sao lưu / Backed up: {result?.Path} ({result?.Documents} documents)");
            return 0;
        }
        catch (HttpRequestException ex)
        {
            output.WriteLine($"Tệp dữ liệu đang bị khóa nhưng không gọi được bot tại {url} (Http__Url): {ex.Message} / The data file is locked but the bot at {url} did not answer.");
            return 1;
        }
    }

    /// <summary>
    /// Puts a backup in place of the data file, with the bot stopped. The current file is kept
    /// beside it, and the result is reopened to prove it works.
    /// </summary>
    private int Restore(string source)
    {
        var backup = Path.GetFullPath(source);
        if (!File.Exists(backup))
        {
            output.WriteLine($"Không có tệp {backup}. / {backup} does not exist.");
            return 1;
        }

        try
        {
            store.Verify(backup);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException)
        {
            output.WriteLine($"{backup} không phải bản sao lưu đọc được: {ex.Message} / {backup} is not a readable backup.");
            return 1;
        }

        var target = DatabasePath;
        var stamp = time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        try
        {
            store.Restore(backup, $".before-restore-{stamp}");
        }
        catch (StartupException ex)
        {
            output.WriteLine($"{ex.Message} Hãy dừng bot trước khi khôi phục. / Stop the bot before restoring.");
            return 1;
        }

        output.WriteLine($"Đã khôi phục / Restored {backup} → {target}; bản cũ / previous file: {target}.before-restore-{stamp}");
        return 0;
    }

}
