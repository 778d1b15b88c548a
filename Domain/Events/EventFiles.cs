namespace Domain.Events;

/// <summary>One line of the attendee list an organizer exports.</summary>
public sealed record AttendeeRow(
    string UnitName,
    string FullName,
    string Position,
    string Answer,
    string? Reason,
    string? DelegateName,
    string? DelegatePosition,
    string? DelegatePhone,
    string Phone,
    DateTimeOffset? AnsweredAt,
    string Presence = "");

/// <summary>
/// Makes the files the bot sends (spreadsheets, calendar entries). The core decides what goes in
/// them; the shell renders them with the libraries made for each format.
/// </summary>
public interface IEventFiles
{
    /// <summary>UTF-8 with BOM, so Excel shows Vietnamese correctly; cells starting with = + - @ neutralized.</summary>
    byte[] AttendeesCsv(Meeting meeting, IReadOnlyList<AttendeeRow> rows);

    /// <summary>An .xlsx workbook with one sheet, rows grouped by unit, formulas neutralized.</summary>
    byte[] AttendeesXlsx(Meeting meeting, IReadOnlyList<AttendeeRow> rows);

    /// <summary>An .ics calendar file with the event, its venue and a reminder.</summary>
    byte[] Calendar(Meeting meeting, TimeZoneInfo zone);

    /// <summary>A PNG picture of the headcount: a stacked bar per unit.</summary>
    byte[] HeadcountChart(HeadcountChart chart);
}
