using System.Reflection;
using System.Text.Json.Nodes;
using Bot.Hosting;
using Bot.Storage;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using FakeTelegram;

namespace Benchmarks.Chaos;

/// <summary>What a chaos run found. Each list names at most a few examples; the counts are complete.</summary>
internal sealed record ChaosResult(
    int People,
    int Kills,
    int Starts,
    double LongestRestartSeconds,
    int Updates,
    int UpdatesUnconfirmed,
    int UpdatesLost,
    int Finished,
    IReadOnlyList<string> Failures,
    int CorruptRecords,
    IReadOnlyList<string> Corruptions,
    int NoticesMissing,
    int Duplicates,
    int DuplicatesBound,
    IReadOnlyList<string> DuplicateExamples,
    int Messages,
    double Seconds)
{
    public bool Passed => UpdatesUnconfirmed == 0 && UpdatesLost == 0 && Finished == People && Failures.Count == 0
        && CorruptRecords == 0 && NoticesMissing == 0 && Duplicates <= DuplicatesBound;

    public string Summary() =>
        $"{People} people, {Updates} updates, {Messages} messages in {Seconds:0} s; {Kills} kills survived ({Starts} starts, longest restart {LongestRestartSeconds:0.0} s); "
        + $"updates unconfirmed {UpdatesUnconfirmed}, confirmed but not handled {UpdatesLost}; people who finished {Finished}/{People}; "
        + $"corrupt records {CorruptRecords}; notices missing {NoticesMissing}; messages sent twice {Duplicates} (at most {DuplicatesBound}: {DuplicatesBound / Math.Max(1, Kills)} in flight at each kill)"
        + (Failures.Count + Corruptions.Count + DuplicateExamples.Count > 0 ? "\n  " + string.Join("\n  ", Failures.Concat(Corruptions).Concat(DuplicateExamples).Take(12)) : string.Empty);
}

/// <summary>
/// Reads the fake's record and the data file after a chaos run: every update confirmed and handled,
/// every person's script finished and their records whole, every notice delivered, and the messages
/// that arrived twice.
/// </summary>
internal static class ChaosChecks
{
    public static ChaosResult Check(string databasePath, FakeBotApi fake, Workload work, IReadOnlyList<KillRecord> kills, int unconfirmed, int starts, ChaosOptions options, TimeSpan elapsed)
    {
        var failures = work.Failures.Select(f => $"user {f.Key}: {f.Value}").Take(5).ToList();
        var finished = work.People.Count(p => !work.Failures.ContainsKey(p.Id));
        var corrupt = new List<string>();
        int lost;
        using (var database = new Database(databasePath, StoredEntities.Types))
        {
            lost = LostUpdates(database, UpdateIds(fake), corrupt);
            var store = new EntityStore(database);
            var units = UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));
            foreach (var person in work.People)
            {
                Records(store, units, person.Id - ChaosRun.FirstPerson, person.Id, corrupt);
            }
        }

        var missing = work.Notices.Sum(n => n.Members.Count(id => !work.People[(int)(id - ChaosRun.FirstPerson)].Snapshot()
            .Any(m => m.Text?.Contains(ChaosScripts.NoticeText(n.Notice), StringComparison.Ordinal) == true)));
        var duplicates = new List<string>();
        var twice = work.People.Sum(p => Duplicates(p, duplicates));
        return new ChaosResult(
            work.People.Count,
            kills.Count,
            starts,
            kills.Count == 0 ? 0 : kills.Max(k => k.RestartSeconds),
            work.Updates,
            unconfirmed,
            lost,
            finished,
            failures,
            corrupt.Count,
            corrupt.Take(5).ToList(),
            missing,
            twice,
            kills.Count * options.ParallelSends,
            duplicates.Take(5).ToList(),
            fake.AllSent.Count,
            elapsed.TotalSeconds);
    }

    /// <summary>Updates the fake handed out whose inbox row is missing or not handled.</summary>
    private static int LostUpdates(Database database, IReadOnlyCollection<int> ids, List<string> problems)
    {
        var handled = database.Inbox.FindAll().Where(d => d["handled"].AsBoolean).Select(d => d["ext"].AsString).ToHashSet(StringComparer.Ordinal);
        var lost = ids.Where(id => !handled.Contains($"telegram:{id}")).ToList();
        problems.AddRange(lost.Take(3).Select(id => $"update {id} was confirmed but is not handled in the inbox"));
        return lost.Count;
    }

    /// <summary>Whether person i's profile, answer, comment and session are each whole and as the script gave them.</summary>
    private static void Records(EntityStore store, UnitCatalog units, long i, long userId, List<string> problems)
    {
        var key = $"telegram:{userId}";
        var expected = new Member
        {
            Id = key,
            FullName = Scripts.NameOf(i),
            Phone = PhoneRule.Normalize(Scripts.PhoneOf(i))!,
            UnitCode = Scripts.UnitOf(i, units).Code,
            Position = Scripts.Position,
            Status = MemberStatus.Approved,
        };
        var member = store.Find<Member>(key);
        if (member is null || member.FullName != expected.FullName || member.Phone != expected.Phone || member.UnitCode != expected.UnitCode
            || member.Position != expected.Position || member.Status != expected.Status || member.ConsentAt == default || member.RegisteredAt == default)
        {
            problems.Add($"{key}: profile {(member is null ? "missing" : $"{member.FullName}|{member.Phone}|{member.UnitCode}|{member.Position}|{member.Status}")}, expected {expected.FullName}|{expected.Phone}|{expected.UnitCode}|{expected.Position}|{expected.Status}");
        }

        var answers = store.All<Rsvp>().Where(r => r.MemberId == key && r.EventId == ChaosScripts.MeetingId).ToList();
        if (answers is not [{ Answer: RsvpAnswer.Attending }])
        {
            problems.Add($"{key}: {answers.Count} answers ({string.Join(", ", answers.Select(a => a.Answer))}), expected one Attending");
        }

        var comments = store.All<Comment>().Where(c => c.MemberId == key).ToList();
        if (comments.Count != 1 || comments[0].Text != ChaosScripts.CommentOf(i) || comments[0].MeetingId != ChaosScripts.MeetingId || comments[0].UnitCode != expected.UnitCode)
        {
            problems.Add($"{key}: {comments.Count} comments ({string.Join(" | ", comments.Select(c => c.Text))}), expected one");
        }

        if (store.Find<Session>(key) is { Flow: { } flow } session)
        {
            problems.Add($"{key}: session still in flow {flow} at {session.State}");
        }
    }

    /// <summary>
    /// Messages to the person identical to an earlier one (text, buttons, file, place). Every message a
    /// person's script brings is different (the notices too), so an identical one was sent twice.
    /// </summary>
    private static int Duplicates(SimUser person, List<string> examples)
    {
        var count = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in person.Snapshot())
        {
            var content = $"{message.Method}|{message.Text}|{message.DocumentFileName}|{message.Venue}|{string.Join(",", message.Buttons.Select(b => b.CallbackData))}";
            if (!seen.Add(content))
            {
                count++;
                examples.Add($"user {person.Id} got twice: {message.Method} {Short(message.Text)}");
            }
        }

        return count;
    }

    /// <summary>Every update the fake queued.</summary>
    private static IReadOnlyCollection<int> UpdateIds(FakeBotApi fake) => fake.EnqueuedUpdateIds;

    private static string Short(string? text) => text is null ? "(no text)" : text.Length <= 60 ? text : text[..60] + "…";
}
