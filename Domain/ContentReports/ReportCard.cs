using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>A report as organizers see it: every detail, who sent it, and the status buttons it can still take.</summary>
public static class ReportCard
{
    public static TextOut Render(IReadModel store, UnitCatalog units, ContentReport report, Lang lang, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(report);
        var repeats = store.All<ContentReport>().Where(r => r.DuplicateOf == report.Id).OrderBy(r => r.Number).Select(r => r.Id).ToList();
        var count = report.DuplicateOf is { } first ? Texts.ReportInGroup.For(lang, first).ToPlain()
            : repeats.Count == 0 ? "1"
            : $"{ReportFormat.Count(repeats.Count + 1)} ({string.Join(", ", repeats)})";
        var text = Texts.ReportCard.For(
            lang,
            report.Id,
            ReportFormat.StatusName(report.Status).Plain(lang),
            ReportFormat.PlatformName(report.Platform, lang),
            report.Link ?? Texts.ReportNothing.Plain(lang),
            report.Photos.Count == 0 ? Texts.ReportNothing.Plain(lang) : ReportFormat.Count(report.Photos.Count),
            report.Description,
            report.Place ?? Texts.ReportNothing.Plain(lang),
            Reporter(store, units, report, lang),
            ReportFormat.Date(report.SubmittedAt, zone, lang),
            count);
        if (report.Note is { } note)
        {
            text = Html.Join("\n", [text, Texts.ReportNoteLine.For(lang, note)]);
        }

        var buttons = new List<Button[]>();
        foreach (var status in new[] { ReportStatus.InProgress, ReportStatus.NoAction, ReportStatus.Forwarded, ReportStatus.Rebutted })
        {
            if (!report.IsDuplicate && ReportStatuses.CanMove(report.Status, status))
            {
                buttons.Add([new Button(ReportFormat.StatusName(status).Plain(lang), new QueueSetStatus(report.Number, status).Encode())]);
            }
        }

        if (report.Photos.Count > 0)
        {
            buttons.Add([new Button(Texts.ReportShowPhotos.For(lang, report.Photos.Count).ToPlain(), new QueuePhotos(report.Number).Encode())]);
        }

        return new TextOut(text).WithButtons([.. buttons]);
    }

    /// <summary>"Name – Unit" of the reporter; who they were is gone once they erased their data.</summary>
    public static string Reporter(IReadModel store, UnitCatalog units, ContentReport report, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(report);
        return store.Find<Member>(report.ReporterId) is { } member
            ? $"{member.FullName} – {units.NameOf(member.UnitCode)}"
            : Texts.ReportErasedReporter.Plain(lang);
    }
}
