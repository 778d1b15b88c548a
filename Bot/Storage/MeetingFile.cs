using System.Text.Json;
using Bot.Workers;
using Domain.Events;

namespace Bot.Storage;

/// <summary>Reads the meetings data file (the plan's conference) that <see cref="MeetingSeed"/> puts into an empty store.</summary>
public static class MeetingFile
{
    public static IReadOnlyList<Meeting> Load(string path)
    {
        var (meetings, problems) = Check(path);
        return problems.Count == 0 ? meetings : throw new StartupException(problems[0]);
    }

    /// <summary>Every problem of the file at once (for <c>Bot check-config</c>); no file means no meeting to seed.</summary>
    public static (IReadOnlyList<Meeting> Meetings, IReadOnlyList<string> Problems) Check(string path)
    {
        if (!File.Exists(path))
        {
            return ([], []);
        }

        List<Meeting> meetings;
        try
        {
            meetings = JsonSerializer.Deserialize<MeetingList>(File.ReadAllText(path), Json.Options)?.Meetings ?? [];
        }
        catch (JsonException ex)
        {
            return ([], [$"Tệp hội nghị {path} không đúng định dạng: {ex.Message} / The meetings file {path} is not valid: {ex.Message}"]);
        }

        var problems = new List<string>();
        foreach (var meeting in meetings)
        {
            // Meeting ids go into button data, which Telegram limits to 64 bytes.
            if (!System.Text.RegularExpressions.Regex.IsMatch(meeting.Id ?? string.Empty, "^[A-Za-z0-9_-]{1,24}$"))
            {
                problems.Add($"Tệp hội nghị {path}: mã '{meeting.Id}' phải có 1-24 ký tự chữ, số, _ hoặc -. / The meetings file {path}: id '{meeting.Id}' must be 1-24 letters, digits, _ or -.");
            }

            if (meeting.ShortTitle is { } shortTitle && shortTitle.Trim().Length is < 2 or > Meeting.ShortTitleMax)
            {
                problems.Add($"Tệp hội nghị {path}, '{meeting.Id}': tên ngắn (shortTitle) cần 2-{Meeting.ShortTitleMax} ký tự. / The meetings file {path}, '{meeting.Id}': shortTitle needs 2-{Meeting.ShortTitleMax} characters.");
            }

            if (meeting.EndsAt is { } end && end <= meeting.StartsAt)
            {
                problems.Add($"Tệp hội nghị {path}, '{meeting.Id}': giờ kết thúc (endsAt) phải sau giờ khai mạc (startsAt). / The meetings file {path}, '{meeting.Id}': endsAt must be after startsAt.");
            }

            if (meeting.RsvpDeadline > meeting.StartsAt)
            {
                problems.Add($"Tệp hội nghị {path}, '{meeting.Id}': hạn xác nhận tham dự (rsvpDeadline) phải trước giờ khai mạc (startsAt). / The meetings file {path}, '{meeting.Id}': rsvpDeadline must be before startsAt.");
            }
        }

        return (problems.Count == 0 ? meetings : [], problems);
    }

    private sealed record MeetingList(List<Meeting> Meetings);
}
