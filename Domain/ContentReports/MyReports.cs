using Domain.Conversations;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>
/// A member's own reports with their status. Only the reporter reaches a report here; someone
/// else's number (a guess) is answered exactly as a number that does not exist.
/// </summary>
public static class MyReports
{
    public const int MaxListed = 10;

    public static IReadOnlyList<ContentReport> Of(IReadModel store, string reporterId)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.All<ContentReport>().Where(r => r.ReporterId == reporterId).OrderByDescending(r => r.Number).ToList();
    }

    /// <summary>Lists the sender's reports with a button for a new one; false when they have none.</summary>
    public static bool Show(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var mine = Of(turn.Store, turn.From.ToString());
        if (mine.Count == 0)
        {
            return false;
        }

        var lines = mine.Take(MaxListed).Select(r => Line(turn, r));
        turn.Reply(new TextOut(Html.Join("\n\n", [Texts.MyReportsTitle.For(turn.Lang), .. lines]))
            .WithButtons([new Button(Texts.ReportNewButton.Plain(turn.Lang), new ReportBegin().Encode())]));
        return true;
    }

    /// <summary>One of the sender's reports by its number, or "not found" for any other number.</summary>
    public static void ShowOne(Turn turn, string reference)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = ReportReference.IdOf(reference);
        if (id is null || turn.Store.Find<ContentReport>(id) is not { } report || report.ReporterId != turn.From.ToString())
        {
            turn.Say(Texts.ReportNotFound, id ?? ReportFormat.Excerpt(reference, 20));
            return;
        }

        turn.Reply(new TextOut(Html.Join("\n", [Line(turn, report), Html.Escape(report.Description)])));
    }

    private static Html Line(Turn turn, ContentReport report)
    {
        var lang = turn.Lang;
        var line = Texts.MyReportLine.For(
            lang,
            report.Id,
            ReportFormat.Date(report.SubmittedAt, turn.Settings.TimeZone, lang),
            ReportFormat.PlatformName(report.Platform, lang),
            ReportFormat.StatusName(report.Status).Plain(lang));
        return report.Note is { } note ? Html.Join("\n", [line, Texts.ReportNoteLine.For(lang, note)]) : line;
    }
}
