using System.Text.Json;
using Bot.Hosting;
using Domain.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>
/// Puts the meetings of the data file (the plan's conference) into an empty database at start.
/// After that the database is the truth: organizers change meetings by chat, and a restart does
/// not bring back what they changed.
/// </summary>
public sealed class MeetingSeed(EntityStore entities, IOptions<BotOptions> options, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (entities.All<Meeting>().Count == 0)
        {
            foreach (var meeting in Load(Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.MeetingsFile))))
            {
                entities.Put(meeting);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IReadOnlyList<Meeting> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        List<Meeting> meetings;
        try
        {
            meetings = JsonSerializer.Deserialize<MeetingList>(File.ReadAllText(path), Json.Options)?.Meetings ?? [];
        }
        catch (JsonException ex)
        {
            throw new StartupException($"Tệp hội nghị {path} không đúng định dạng: {ex.Message} / The meetings file {path} is not valid: {ex.Message}", ex);
        }

        // Meeting ids go into button data, which Telegram limits to 64 bytes.
        if (meetings.FirstOrDefault(m => !System.Text.RegularExpressions.Regex.IsMatch(m.Id, "^[A-Za-z0-9_-]{1,24}$")) is { } bad)
        {
            throw new StartupException($"Tệp hội nghị {path}: mã '{bad.Id}' phải có 1-24 ký tự chữ, số, _ hoặc -. / The meetings file {path}: id '{bad.Id}' must be 1-24 letters, digits, _ or -.");
        }

        return meetings;
    }

    private sealed record MeetingList(List<Meeting> Meetings);
}
