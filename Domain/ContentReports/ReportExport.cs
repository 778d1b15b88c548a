using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>Every report as XLSX and CSV, for organizers only, in the order of their numbers.</summary>
public sealed class ReportExport(UnitCatalog units, IContentReportFiles files)
{
    public const string FileStem = "phan-anh";

    public IReadOnlyList<ReportRow> Rows(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var none = string.Empty;
        return turn.Store.All<ContentReport>()
            .OrderBy(r => r.Number)
            .Select(r => new ReportRow(
                r.Id,
                r.SubmittedAt,
                ReportFormat.PlatformName(r.Platform, lang),
                r.Link ?? none,
                r.Photos.Count,
                r.Description,
                r.Place ?? none,
                ReportFormat.StatusName(r.Status).Plain(lang),
                r.Note ?? none,
                r.DuplicateOf ?? none,
                r.Reports,
                ReportCard.Reporter(turn.Store, units, r, lang),
                r.DecidedAt))
            .ToList();
    }

    public void Export(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var rows = Rows(turn);
        var offset = turn.Settings.TimeZone.GetUtcOffset(turn.Now);
        turn.Reply(new DocumentOut($"{FileStem}.xlsx", files.ReportsXlsx(rows, offset), Texts.ReportsExportCaption.For(turn.Lang, rows.Count)));
        turn.Reply(new DocumentOut($"{FileStem}.csv", files.ReportsCsv(rows, offset)));
        turn.Audit("reports.exported", null, rows.Count.ToString(CultureInfo.InvariantCulture));
    }
}
