using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.ContentReports;

/// <summary>
/// Files a sent report in the report desk's queue: gives it the next number, groups it under the
/// first open report of the same link, tells the reporter the number, and sends each organizer
/// the card of a report that starts a group (a repeat only raises the count on the first one's card).
/// </summary>
public sealed class ReportFiling(UnitCatalog units) : ISignalHandler
{
    public const string SignalName = "report.file";

    public string Name => SignalName;

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        if (turn.From != ReportDesk.Key
            || ReportSubmission.TryRead(signal.Args) is not { } submission
            || !ReportAccess.MayReport(turn.Store, turn.Settings, signal.By))
        {
            return;
        }

        var filing = ReportDesk.File(turn.Store, submission, signal.By.ToString(), turn.Now);
        turn.Changes.Put(filing.Counter);
        turn.Changes.Put(filing.Report);
        if (filing.Group is { } group)
        {
            turn.Changes.Put(group);
            MemberTexts.Tell(turn, signal.By, Texts.ReportFiledRepeat, filing.Report.Id);
            return;
        }

        MemberTexts.Tell(turn, signal.By, Texts.ReportFiled, filing.Report.Id);
        foreach (var organizer in Access.Organizers(turn.Store, turn.Settings))
        {
            var lang = MemberTexts.LangOf(turn.Store, organizer, turn.Settings.DefaultLanguage);
            turn.Changes.Send(organizer, ReportCard.Render(new Pending(turn.Store, filing.Report), units, filing.Report, lang, turn.Settings.TimeZone));
        }
    }

    /// <summary>The store as it will be once this turn commits: the new report included.</summary>
    private sealed class Pending(IReadModel store, ContentReport added) : IReadModel
    {
        public T? Find<T>(string id)
            where T : class, IEntity => added is T same && added.Id == id ? same : store.Find<T>(id);

        public IReadOnlyList<T> All<T>()
            where T : class, IEntity => added is T same ? [.. store.All<T>().Where(e => e.Id != added.Id), same] : store.All<T>();
    }
}
