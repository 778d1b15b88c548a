using System.Globalization;
using Domain.Text;

namespace Domain.Events;

/// <summary>Dates and times as the plan writes them: "08g00 ngày 27/4/2023 (thứ Năm)".</summary>
public static class MeetingFormat
{
    private static readonly string[] VietnameseDays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    public static string When(DateTimeOffset at, TimeZoneInfo zone, Lang lang)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var date = string.Create(CultureInfo.InvariantCulture, $"{local.Day}/{local.Month}/{local.Year}");
        return lang == Lang.En
            ? string.Create(CultureInfo.InvariantCulture, $"{local:HH:mm} on {date} ({local.DayOfWeek})")
            : string.Create(CultureInfo.InvariantCulture, $"{local:HH}g{local:mm} ngày {date} ({VietnameseDays[(int)local.DayOfWeek]})");
    }

    /// <summary>
    /// The time where a sentence already puts it in brackets: "17g32, thứ Bảy 5/12/2026", so no
    /// bracket closes inside another.
    /// </summary>
    public static string Inline(DateTimeOffset at, TimeZoneInfo zone, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var date = string.Create(CultureInfo.InvariantCulture, $"{local.Day}/{local.Month}/{local.Year}");
        return lang == Lang.En
            ? string.Create(CultureInfo.InvariantCulture, $"{local:HH:mm}, {local.DayOfWeek} {date}")
            : string.Create(CultureInfo.InvariantCulture, $"{local:HH}g{local:mm}, {VietnameseDays[(int)local.DayOfWeek]} {date}");
    }

    /// <summary>
    /// A meeting as a choice among others: its time beside its short title, so two meetings with
    /// the same short title (a copy and its original) can be told apart.
    /// </summary>
    public static string Choice(Meeting meeting, TimeZoneInfo zone, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return $"{When(meeting.StartsAt, zone, lang)} – {meeting.Label}";
    }

    /// <summary>
    /// Reads a time as organizers type it: "08g00 27/4/2027", "8g 27/4/2027", "27/4/2027 08:00",
    /// "27/04/2027 8h30"; the date alone means 08:00. The result carries the zone's offset.
    /// </summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        var parts = text.Trim().Replace("ngày", " ", StringComparison.OrdinalIgnoreCase).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        DateOnly? date = null;
        TimeOnly time = new(8, 0);
        foreach (var part in parts)
        {
            if (DateOnly.TryParseExact(part, ["d/M/yyyy", "dd/MM/yyyy", "d/MM/yyyy", "dd/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = day;
            }
            else if (TryTime(part, out var clock))
            {
                time = clock;
            }
            else
            {
                return null;
            }
        }

        if (date is not { } d)
        {
            return null;
        }

        var local = d.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static bool TryTime(string text, out TimeOnly time)
    {
        var normalized = text.ToUpperInvariant().Replace('G', ':').Replace('H', ':');
        if (normalized.EndsWith(':'))
        {
            normalized += "00";
        }

        return TimeOnly.TryParseExact(normalized, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
