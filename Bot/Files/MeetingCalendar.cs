using System.Text;
using Domain.Events;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Bot.Files;

/// <summary>
/// The meeting as an .ics file a member can add to their phone's calendar: one event in the
/// meeting's own time zone (with its VTIMEZONE, so the phone shows 08:00 wherever it is set),
/// lasting until the meeting's end (the same end that closes the guest links and the door),
/// the venue with its coordinates for the map, the programme as the description, and a reminder
/// the day before.
/// </summary>
public static class MeetingCalendar
{
    public const string UidDomain = "mttq-q5-bot";

    // A calendar file is read by many apps; a BOM confuses some of them.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(Meeting meeting, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(zone);

        var tzId = IanaId(zone);
        var local = TimeZoneInfo.ConvertTime(meeting.StartsAt, zone).DateTime;
        var calendar = new IcalCalendar { ProductId = $"-//{UidDomain}//VI" };

        // Transitions from a year before the meeting are enough for any calendar to place it,
        // and a fixed starting point keeps the file the same whenever it is made.
        calendar.AddTimeZone(tzId, local.AddYears(-1), includeHistoricalData: false);

        var start = new CalDateTime(local, tzId);
        var end = new CalDateTime(TimeZoneInfo.ConvertTime(meeting.Ends, zone).DateTime, tzId);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Id}@{UidDomain}",
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
            Summary = meeting.Title,
            DtStart = start,
            DtEnd = end,
            Location = meeting.Venue.Place,
            GeographicLocation = new GeographicLocation(meeting.Venue.Latitude, meeting.Venue.Longitude),
            Description = meeting.Programme.Count > 0 ? string.Join("\n", meeting.Programme) : null,
        };
        calendarEvent.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = meeting.Title,
            Trigger = new Trigger(Duration.FromDays(-1)),
        });
        calendar.Events.Add(calendarEvent);

        var text = new CalendarSerializer(calendar).SerializeToString() ?? string.Empty;
        return Utf8.GetBytes(text);
    }

    /// <summary>
    /// The zone's IANA name (Asia/Ho_Chi_Minh), which calendar apps know; on Windows the system
    /// gives a Windows name (SE Asia Standard Time) that has to be mapped first.
    /// </summary>
    private static string IanaId(TimeZoneInfo zone)
    {
        if (zone.HasIanaId)
        {
            return zone.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
    }
}
