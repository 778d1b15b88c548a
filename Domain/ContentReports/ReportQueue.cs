using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>
/// The organizers' side of the reports (buttons "pq"): the queue by status, a report's card with
/// its status buttons, its photos, the export. Organizers only: every press checks the presser's
/// role again and finds the report afresh. A status press asks for the note to the reporter
/// (<see cref="ReportNoteFlow"/>); typed on a channel without buttons, it is confirmed first.
/// </summary>
public sealed class ReportQueue(UnitCatalog units, ReportExport export, ReportNoteFlow notes) : IButtonHandler<QueueButton>, IConfirmWhenTyped<QueueButton>
{
    public const int PageSize = 8;

    public void Overview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var groups = Groups(turn.Store).ToList();
        var counts = Enum.GetValues<ReportView>().ToDictionary(v => v, v => groups.Count(r => ViewOf(r) == v));
        var lang = turn.Lang;
        var text = Texts.ReportQueueOverview.For(lang, counts[ReportView.New], counts[ReportView.InProgress], counts[ReportView.Closed]);
        turn.Reply(new TextOut(text).WithButtons(
            [new Button(Texts.ReportViewNew.For(lang, counts[ReportView.New]).ToPlain(), new QueueList(ReportView.New, 0).Encode())],
            [new Button(Texts.ReportViewOpen.For(lang, counts[ReportView.InProgress]).ToPlain(), new QueueList(ReportView.InProgress, 0).Encode())],
            [new Button(Texts.ReportViewClosed.For(lang, counts[ReportView.Closed]).ToPlain(), new QueueList(ReportView.Closed, 0).Encode())],
            [new Button(Texts.ReportExport.Plain(lang), new QueueExport().Encode())],
            [new Button(Texts.ReportNewButton.Plain(lang), new ReportBegin().Encode())]));
    }

    /// <summary>A report's card by a typed reference ("/phananh PA-0042").</summary>
    public void OpenByReference(Turn turn, string reference)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (ReportReference.Parse(reference) is { } number)
        {
            Open(turn, number);
        }
        else
        {
            turn.Say(Texts.ReportNotFound, ReportFormat.Excerpt(reference, 20));
        }
    }

    public Html? Consequence(Turn turn, QueueButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        return button is QueueSetStatus set && turn.IsOrganizer()
            && turn.Store.Find<ContentReport>(ReportReference.Format(set.Number)) is { IsClosed: false } report
            ? Texts.ReportConfirmStatus.For(turn.Lang, report.Id, ReportFormat.StatusName(set.Status).Plain(turn.Lang))
            : null;
    }

    public void Handle(Turn turn, QueueButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        switch (button)
        {
            case QueueOverview:
                Overview(turn);
                break;
            case QueueList list:
                List(turn, list.View, list.Page);
                break;
            case QueueOpen open:
                Open(turn, open.Number);
                break;
            case QueuePhotos photos:
                Photos(turn, photos.Number);
                break;
            case QueueSetStatus set:
                SetStatus(turn, set);
                break;
            case QueueExport:
                export.Export(turn);
                break;
            default:
                turn.Say(Texts.ButtonExpired);
                break;
        }
    }

    /// <summary>The first report of each group: a repeat is counted on it, not listed.</summary>
    public static IEnumerable<ContentReport> Groups(IReadModel store) =>
        store.All<ContentReport>().Where(r => !r.IsDuplicate);

    private static ReportView ViewOf(ContentReport report) =>
        report.IsClosed ? ReportView.Closed : report.Status == ReportStatus.New ? ReportView.New : ReportView.InProgress;

    private static void List(Turn turn, ReportView view, int page)
    {
        var lang = turn.Lang;
        var chosen = Groups(turn.Store).Where(r => ViewOf(r) == view);
        // Open reports oldest first, as a queue is worked; closed ones newest first.
        var ordered = (view == ReportView.Closed ? chosen.OrderByDescending(r => r.Number) : chosen.OrderBy(r => r.Number)).ToList();
        var pages = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        page = Math.Min(page, pages - 1);
        var shown = ordered.Skip(page * PageSize).Take(PageSize).ToList();
        var title = (view switch
        {
            ReportView.New => Texts.ReportGroupNew,
            ReportView.InProgress => Texts.ReportGroupOpen,
            _ => Texts.ReportGroupClosed,
        }).Plain(lang);
        var lines = shown.Count == 0
            ? [Texts.ReportQueueEmpty.For(lang)]
            : shown.Select(r => Texts.ReportListLine.For(
                lang,
                r.Id,
                ReportFormat.Date(r.SubmittedAt, turn.Settings.TimeZone, lang),
                ReportFormat.PlatformName(r.Platform, lang),
                r.Reports,
                ReportFormat.Excerpt(r.Description, 80))).ToList();
        var buttons = shown.Select(r => new Button(r.Id, new QueueOpen(r.Number).Encode())).Chunk(2).ToList();
        var paging = new List<Button>();
        if (page > 0)
        {
            paging.Add(new Button(Texts.CommentsPreviousPage.Plain(lang), new QueueList(view, page - 1).Encode()));
        }

        if (page < pages - 1)
        {
            paging.Add(new Button(Texts.CommentsNextPage.Plain(lang), new QueueList(view, page + 1).Encode()));
        }

        if (paging.Count > 0)
        {
            buttons.Add([.. paging]);
        }

        buttons.Add([new Button(Texts.ReportBackToQueue.Plain(lang), new QueueOverview().Encode())]);
        var heading = Texts.ReportQueuePage.For(lang, title, page + 1, pages);
        turn.Reply(new TextOut(Html.Join("\n\n", [heading, .. lines])).WithButtons([.. buttons]));
    }

    private void Open(Turn turn, int number)
    {
        if (turn.Store.Find<ContentReport>(ReportReference.Format(number)) is not { } report)
        {
            turn.Say(Texts.ReportNotFound, ReportReference.Format(number));
            return;
        }

        turn.Reply(ReportCard.Render(turn.Store, units, report, turn.Lang, turn.Settings.TimeZone));
    }

    private static void Photos(Turn turn, int number)
    {
        if (turn.Store.Find<ContentReport>(ReportReference.Format(number)) is not { } report)
        {
            turn.Say(Texts.ReportNotFound, ReportReference.Format(number));
            return;
        }

        foreach (var photo in report.Photos)
        {
            turn.Reply(new MediaOut(MediaKind.Photo, photo, null));
        }
    }

    private void SetStatus(Turn turn, QueueSetStatus set)
    {
        var id = ReportReference.Format(set.Number);
        var found = turn.Store.Find<ContentReport>(id);
        var group = found?.DuplicateOf is { } first ? turn.Store.Find<ContentReport>(first) : found;
        if (group is null)
        {
            turn.Say(Texts.ReportNotFound, id);
        }
        else if (group.IsClosed)
        {
            turn.Say(Texts.ReportAlreadyClosed, group.Id, ReportFormat.StatusName(group.Status).Plain(turn.Lang));
        }
        else if (!ReportStatuses.CanMove(group.Status, set.Status))
        {
            turn.Say(Texts.ReportStatusUnchanged, group.Id, ReportFormat.StatusName(group.Status).Plain(turn.Lang));
        }
        else
        {
            notes.Begin(turn, group.Id, set.Status);
        }
    }
}
