using Domain.Events;
using Domain.Reports;

namespace Bot.Files;

/// <summary>The district table as an .xlsx (see <see cref="MeetingSheet"/> for the frame); unit lines shaded.</summary>
public static class ReportsWorkbook
{
    public const string SheetName = "Tổng hợp";

    public static byte[] Write(ReportSummary summary, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var headers = ReportsTable.Headers(summary);
        double[] widths = [44, 16, 40, .. Enumerable.Repeat(13.0, headers.Count - 3)];
        // The period in the title tells this round's table from another round's of the same meeting.
        var titled = meeting with { Title = $"{meeting.Title} – giai đoạn {RoundNames.Period(summary.Round)}" };
        return MeetingSheet.Write(SheetName, titled, headers, widths, sheet =>
        {
            var row = (uint)MeetingSheet.HeaderRow;
            // Figures as numbers, so a total sums and a column sorts; the words stay text.
            foreach (var line in ReportsTable.Rows(summary))
            {
                sheet.Figures(++row, line.Texts, line.Figures, line.IsUnit ? WorkbookStyles.Unit : WorkbookStyles.Text, line.IsUnit ? WorkbookStyles.TotalNumber : WorkbookStyles.Number);
            }
        });
    }

    /// <summary>The nominations: collective or person, name, their unit, the reporting unit, achievement, nominated by, accepted.</summary>
    public static byte[] Nominations(IReadOnlyList<NominationRow> rows, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return MeetingSheet.Write("Đề xuất khen thưởng", meeting, NominationHeaders, [12, 30, 30, 30, 60, 26, 12], sheet =>
        {
            for (var i = 0; i < rows.Count; i++)
            {
                sheet.Line((uint)(MeetingSheet.HeaderRow + 1 + i), NominationValues(rows[i]), WorkbookStyles.Text);
            }
        });
    }

    public static readonly IReadOnlyList<string> NominationHeaders = ["Tập thể/Cá nhân", "Tên", "Đơn vị", "Đơn vị đề xuất", "Thành tích", "Người gửi", "Chấp nhận"];

    public static string[] NominationValues(NominationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [row.Kind, row.Name, row.NomineeUnit, row.ReportingUnit, row.Achievement, row.NominatedBy, row.Accepted ? "Có" : string.Empty];
    }
}
