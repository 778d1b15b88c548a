using Domain.Conversations;
using Domain.Members;

namespace Domain.Reports;

/// <summary>
/// A person's erasure, done in the report desk's queue (<see cref="WardReportDesk"/>): every
/// report is rewritten without them in one of the desk's turns, so no version sent at the same
/// moment is lost and no copy read before the erasure is committed after it. While a round is
/// open, the desk also remembers the erasure (hashes only) and takes the person out of every
/// version it records later: a colleague's draft copied from a version before the erasure still
/// names them, and would otherwise bring the name back.
/// </summary>
public sealed class WardReportErasures : ISignalHandler
{
    public const string SignalName = "ward-report.erase";

    public string Name => SignalName;

    /// <summary>From the erasing turn: a signal from nobody, with hashes only, to the desk's queue.</summary>
    public static void Signal(Turn turn, ErasedPerson person)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(person);
        // Neither the id nor the sender holds the person's key: the erasing turn's scrub would blank the row.
        turn.Changes.Signal(new InboundEnvelope(
            $"signal:{SignalName}:{person.Salt}", WardReportDesk.Key, new SignalIn(SignalName, PersonalDataEraser.Nobody, person.Write()), turn.Now));
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        // Only an erasure sends from nobody; and a person still a member is not erased (a forged or replayed signal).
        if (turn.From != WardReportDesk.Key || signal.By != PersonalDataEraser.Nobody || ErasedPerson.Read(signal.Args) is not { } person
            || turn.Store.All<Member>().Any(m => person.IsKey(m.Id)))
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

        var open = turn.Store.All<ReportingRound>().Where(r => r.IsOpen(turn.Input.At)).Select(r => r.Deadline).ToList();
        if (open.Count > 0)
        {
            turn.Changes.Put(new ReportErasureNote { Id = person.Salt, Person = person, KeepUntil = open.Max() });
        }

        turn.Changes.Record(new AuditEntry(turn.Now, PersonalDataEraser.Nobody, "report.erased", null, rewritten.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>In the desk's turn that records a version: the erasures remembered taken out of it; those of closed rounds forgotten.</summary>
    public static ReportContent Apply(Turn turn, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var note in turn.Store.All<ReportErasureNote>())
        {
            if (note.KeepUntil <= turn.Now)
            {
                turn.Changes.Delete<ReportErasureNote>(note.Id);
            }

            content = ReportErasure.Scrub(content, note.Person);
        }

        return content;
    }
}

/// <summary>
/// An erasure the desk remembers until the last round open at the time closes (no version is
/// recorded after that): the hashes of <see cref="ErasedPerson"/>, nothing readable.
/// </summary>
public sealed record ReportErasureNote : IEntity
{
    public required string Id { get; init; }

    public required ErasedPerson Person { get; init; }

    public DateTimeOffset KeepUntil { get; init; }
}
