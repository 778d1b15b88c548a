using Domain.Events;

namespace Bot.Files;

/// <summary>
/// The files the bot sends about a meeting. Each format has its own writer beside this class;
/// this one only hands the meeting to them and gives the calendar the time it is made.
/// </summary>
public sealed class EventFiles(TimeProvider clock) : IEventFiles
{
    public byte[] AttendeesCsv(Meeting meeting, IReadOnlyList<AttendeeRow> rows) => Files.AttendeesCsv.Write(meeting, rows);

    public byte[] AttendeesXlsx(Meeting meeting, IReadOnlyList<AttendeeRow> rows) => AttendeesWorkbook.Write(meeting, rows);

    /// <summary>DTSTAMP is when the file was made, which is how calendars tell two copies apart.</summary>
    public byte[] Calendar(Meeting meeting, TimeZoneInfo zone) => MeetingCalendar.Write(meeting, zone, clock.GetUtcNow());

    public byte[] HeadcountChart(HeadcountChart chart) => HeadcountChartImage.Render(chart);
}
