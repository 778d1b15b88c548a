using Domain.Conversations;
using Domain.Events;

namespace Domain.Reports;

/// <summary>One nomination in the organizers' list; names already resolved ("(đã xóa)" for an erased person).</summary>
public sealed record NominationRow(string Kind, string Name, string NomineeUnit, string ReportingUnit, string Achievement, string NominatedBy, bool Accepted);

/// <summary>
/// Renders a round's outputs as files. The core decides what goes in them (the summary, the
/// nominations, the committee's names); the shell writes them with the libraries made for each format.
/// </summary>
public interface IReportFiles
{
    /// <summary>The district table: one row per unit and one per page, then the totals.</summary>
    byte[] SummaryXlsx(ReportSummary summary, Meeting meeting);

    byte[] SummaryCsv(ReportSummary summary);

    /// <summary>A PNG: posts per year by unit (grouped bars) and followers by unit.</summary>
    byte[] Chart(ReportSummary summary, string title);

    /// <summary>The draft report (DOCX) Tuyên giáo edits instead of writing from scratch.</summary>
    byte[] DraftDocx(ReportSummary summary, Meeting meeting, Organization organization, IReadOnlyList<NominationRow> nominations, DateOnly madeOn);

    byte[] NominationsXlsx(IReadOnlyList<NominationRow> rows, Meeting meeting);
}

/// <summary>Files that are empty, for a router built without the shell's writers.</summary>
public sealed class NoReportFiles : IReportFiles
{
    public static readonly NoReportFiles Instance = new();

    public byte[] SummaryXlsx(ReportSummary summary, Meeting meeting) => [];

    public byte[] SummaryCsv(ReportSummary summary) => [];

    public byte[] Chart(ReportSummary summary, string title) => [];

    public byte[] DraftDocx(ReportSummary summary, Meeting meeting, Organization organization, IReadOnlyList<NominationRow> nominations, DateOnly madeOn) => [];

    public byte[] NominationsXlsx(IReadOnlyList<NominationRow> rows, Meeting meeting) => [];
}
