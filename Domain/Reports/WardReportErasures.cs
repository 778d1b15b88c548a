using Domain.Conversations;
using Domain.Members;

namespace Domain.Reports;

/// <summary>
/// A person's erasure, done in the report desk's queue (<see cref="WardReportDesk"/>): every
/// report is rewritten without them in one of the desk's turns, so no version sent at the same
/// moment is lost and no copy read before the erasure is committed after it. The erasing turn
/// writes a <see cref="ReportErasureNote"/> (hashes only) with the signal: the desk acts only on
/// a signal its note confirms, and, while a round is open, takes the person out of every version
/// it records later too: a colleague's draft copied from a version before the erasure still names
/// them, and would otherwise bring the name back.
/// </summary>
public sealed class WardReportErasures : ISignalHandler
{
    public const string SignalName = "ward-report.erase";

    /// <summary>
    /// How long a note outlives the rounds it was kept for: a version pressed before a deadline
    /// counts even when the desk reaches it after (see <see cref="WardReportDesk"/>).
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    public string Name => SignalName;

    /// <summary>From the erasing turn: the note, and a signal from nobody with hashes only to the desk's queue.</summary>
    public static void Signal(Turn turn, ErasedPerson person)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(person);
        var open = turn.Store.All<ReportingRound>().Where(r => r.IsOpen(turn.Now)).Select(r => r.Deadline).ToList();
        turn.Changes.Put(new ReportErasureNote { Id = person.Salt, Person = person, KeepUntil = open.Count > 0 ? open.Max() : turn.Now });
        // Neither the id nor the sender holds the person's key: the erasing turn's scrub would blank the row.
        turn.Changes.Signal(new InboundEnvelope(
            $"signal:{SignalName}:{person.Salt}", WardReportDesk.Key, new SignalIn(SignalName, PersonalDataEraser.Nobody, person.Write()), turn.Now));
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        // Only an erasure sends from nobody, and its note confirms it: a forged or replayed signal changes nothing.
        if (turn.From != WardReportDesk.Key || signal.By != PersonalDataEraser.Nobody || ErasedPerson.Read(signal.Args) is not { } person
            || turn.Store.Find<ReportErasureNote>(person.Salt) is not { } note || !note.Person.SameAs(person))
        {
            return;
        }

        var rewritten = 0;
        foreach (var report in turn.Store.All<UnitReport>())
        {
            if (ReportErasure.Rewrite(report, person) is { } changed)
            {
                turn.Changes.Put(changed);
                rewritten++;
            }
        }

        if (note.KeepUntil + Grace <= turn.Now)
        {
            turn.Changes.Delete<ReportErasureNote>(note.Id);
        }
        else
        {
            turn.Changes.Put(note with { Done = true });
        }

        Prune(turn);
        turn.Changes.Record(new AuditEntry(turn.Now, PersonalDataEraser.Nobody, "report.erased", null, rewritten.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>In the desk's turn that records a version: every erasure noted taken out of it.</summary>
    public static ReportContent Apply(Turn turn, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var note in turn.Store.All<ReportErasureNote>())
        {
            content = ReportErasure.Scrub(content, note.Person);
        }

        return content;
    }

    /// <summary>Forgets the erasures done whose rounds have all closed; one not done yet waits for its signal.</summary>
    public static void Prune(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var note in turn.Store.All<ReportErasureNote>().Where(n => n.Done && n.KeepUntil + Grace <= turn.Now))
        {
            turn.Changes.Delete<ReportErasureNote>(note.Id);
        }
    }
}

/// <summary>
/// An erasure for the report desk: written by the erasing turn, it confirms the desk's signal, and
/// is kept until the last round open at the time closes, and a <see cref="WardReportErasures.Grace"/>
/// more for versions pressed before and handled after. Only
/// the hashes of <see cref="ErasedPerson"/>, nothing readable.
/// </summary>
public sealed record ReportErasureNote : IEntity
{
    public required string Id { get; init; }

    public required ErasedPerson Person { get; init; }

    public DateTimeOffset KeepUntil { get; init; }

    /// <summary>The desk has rewritten the reports; the note stays only for versions still to come.</summary>
    public bool Done { get; init; }
}
