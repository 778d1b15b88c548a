using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Bot.Workers;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Bot.Tests.Storage;

/// <summary>The LiteDB stores on a real file.</summary>
public sealed partial class StorageTests : IDisposable
{
    private static readonly UserKey Lan = new("telegram", "42");
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_same_update_id_is_stored_once()
    {
        using var database = Open();
        var inbox = new Inbox(database);

        var first = inbox.TryAdd(Envelope("telegram:1", "xin chào"));
        var again = inbox.TryAdd(Envelope("telegram:1", "xin chào"));

        Assert.NotNull(first);
        Assert.Null(again);
        Assert.Single(inbox.AllUnhandled());
    }

    [Fact]
    public async Task A_repeated_update_in_a_batch_is_left_out_when_the_batch_is_stored_alone()
    {
        using var database = Open();
        using var group = new GroupCommit(database);
        var inbox = new Inbox(database);
        var before = inbox.TryAdd(Envelope("telegram:5", "cũ"))!;

        var added = await inbox.AddAllAsync(Inbox.Prepare([Envelope("telegram:6", "mới"), Envelope("telegram:5", "cũ")]), group);

        Assert.Equal("telegram:6", Assert.Single(added).Envelope!.Id);
        Assert.Equal([before.Seq, added[0].Seq], inbox.AllUnhandled().Select(i => i.Seq));
    }

    [Fact]
    public async Task A_repeated_update_in_a_batch_does_not_undo_the_turns_sharing_its_transaction()
    {
        using var database = Open();
        using var group = new GroupCommit(database);
        var entities = new EntityStore(database);
        var inbox = new Inbox(database);
        var outbox = new Outbox(database);
        var committer = new TurnCommitter(database, entities, inbox, outbox, group);
        inbox.TryAdd(Envelope("telegram:5", "cũ"));
        var turns = Enumerable.Range(0, 10).Select(i => inbox.TryAdd(Envelope($"telegram:t{i}", "hi"))!).ToList();

        // Holds the writer, so that the turns and the batch queued meanwhile share one transaction.
        using var hold = new ManualResetEventSlim();
        var holding = group.Run(() => hold.Wait(TimeSpan.FromSeconds(10)));
        var commits = turns.Select((item, i) =>
        {
            var changes = new ChangeSet();
            changes.Send(Lan, new TextOut(new Html($"reply {i}")));
            return committer.CommitAsync(item.Seq, changes, Now);
        }).ToList();
        var batch = inbox.AddAllAsync(Inbox.Prepare([Envelope("telegram:6", "mới"), Envelope("telegram:5", "cũ"), Envelope("telegram:7", "mới")]), group);
        hold.Set();

        Assert.True(await holding);
        Assert.Equal(["telegram:6", "telegram:7"], (await batch).Select(i => i.Envelope!.Id));
        await Task.WhenAll(commits);
        Assert.Equal(10, outbox.AllPending().Count);
        Assert.Equal(3, inbox.AllUnhandled().Count);
        Assert.Equal(1, database.Inbox.Count("ext = @0", "telegram:5"));
    }

    [Fact]
    public async Task Grouped_commits_are_all_stored_and_a_failing_one_fails_alone()
    {
        using var database = Open();
        var (inbox, outbox, committer, entities) = Parts(database);
        var items = Enumerable.Range(0, 20).Select(i => inbox.TryAdd(Envelope($"telegram:g{i}", "hi"))!).ToList();
        var commits = items.Select((item, i) =>
        {
            var changes = new ChangeSet();
            changes.Send(Lan, new TextOut(new Html($"reply {i}")));
            if (i == 7)
            {
                changes.Put(new Unstored("x"));
            }

            return committer.CommitAsync(item.Seq, changes, Now);
        }).ToList();

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => commits[7]);
        foreach (var commit in commits.Where((_, i) => i != 7))
        {
            Assert.Single((await commit).Queued);
        }

        Assert.Equal(19, outbox.AllPending().Count);
        Assert.Single(inbox.AllUnhandled());
        Assert.Equal(items[7].Seq, Assert.Single(inbox.AllUnhandled()).Seq);
    }

    [Fact]
    public void A_committed_turn_writes_records_replies_audit_and_marks_its_input_handled()
    {
        using var database = Open();
        var (inbox, outbox, committer, entities) = Parts(database);
        var item = inbox.TryAdd(Envelope("telegram:2", "hi"))!;
        var changes = new ChangeSet();
        changes.Put(Session.New(Lan, Lang.Vi).Enter("reg", "Name"));
        changes.Send(Lan, new TextOut(new Html("xin chào")));
        changes.Record(new AuditEntry(Now, Lan, "test", null, null));

        var result = committer.Commit(item.Seq, changes, Now);

        Assert.Single(result.Queued);
        Assert.Equal("Name", entities.Find<Session>(Lan.ToString())!.State);
        Assert.Single(outbox.AllPending());
        Assert.Empty(inbox.AllUnhandled());
        Assert.Equal(1, database.AuditLog.Count());
    }

    [Fact]
    public void A_turn_that_fails_to_commit_leaves_nothing_behind_and_its_input_unhandled()
    {
        using var database = Open();
        var (inbox, outbox, committer, entities) = Parts(database);
        var item = inbox.TryAdd(Envelope("telegram:3", "hi"))!;
        var changes = new ChangeSet();
        changes.Put(Session.New(Lan, Lang.Vi));
        changes.Send(Lan, new TextOut(new Html("xin chào")));
        changes.Put(new Unstored("x"));

        Assert.ThrowsAny<InvalidOperationException>(() => committer.Commit(item.Seq, changes, Now));

        Assert.Null(entities.Find<Session>(Lan.ToString()));
        Assert.Empty(outbox.AllPending());
        Assert.Single(inbox.AllUnhandled());
    }

    [Fact]
    public void What_people_typed_and_what_the_bot_sent_is_not_kept_after_it_was_handled_and_sent()
    {
        using var database = Open();
        var (inbox, outbox, committer, _) = Parts(database);
        var item = inbox.TryAdd(Envelope("telegram:5", "0901234567"))!;
        var changes = new ChangeSet();
        changes.Send(Lan, new TextOut(new Html("Điện thoại: +84 901 234 567")));
        var sent = Assert.Single(committer.Commit(item.Seq, changes, Now).Queued);

        outbox.Complete(sent.Id, OutboxStatus.Sent, Now);

        var stored = database.Inbox.FindById(item.Seq).ToString() + database.Outbox.FindById(sent.Id).ToString();
        Assert.DoesNotContain("901", stored, StringComparison.Ordinal);
        Assert.Null(inbox.TryAdd(Envelope("telegram:5", "0901234567")));
    }

    [Fact]
    public void Housekeeping_forgets_old_handled_input_and_finished_messages_but_keeps_pending_ones()
    {
        using var database = Open();
        var (inbox, outbox, committer, _) = Parts(database);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var old = inbox.TryAdd(Envelope("telegram:6", "a"))!;
        var changes = new ChangeSet();
        changes.Send(Lan, new TextOut(new Html("sent")));
        changes.Send(Lan, new TextOut(new Html("still pending")));
        var queued = committer.Commit(old.Seq, changes, Now).Queued;
        outbox.Complete(queued[0].Id, OutboxStatus.Sent, Now);
        inbox.TryAdd(new InboundEnvelope("telegram:7", Lan, new TextIn("b"), Now.AddDays(40)));
        clock.Advance(TimeSpan.FromDays(40));
        var housekeeping = new Housekeeping(inbox, outbox, clock, null!, null!, Microsoft.Extensions.Logging.Abstractions.NullLogger<Housekeeping>.Instance);

        var removed = housekeeping.RunOnce();

        Assert.Equal((1, 1), removed);
        Assert.Single(outbox.AllPending());
        Assert.Single(inbox.AllUnhandled());
    }

    [Fact]
    public void The_shipped_unit_list_has_the_fourteen_wards_and_link_safe_codes()
    {
        var units = UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));

        Assert.Equal(14, units.All.Count(u => u.Group == UnitGroup.Ward));
        Assert.Equal("Phường 8", units.Find("p08")!.Name);
        Assert.All(units.All, u => Assert.Matches("^[A-Za-z0-9_-]{1,20}$", u.Code));
    }

    [Fact]
    public void A_unit_list_with_a_duplicate_code_is_refused_at_start()
    {
        var path = Path.Combine(folder.Path, "units.json");
        File.WriteAllText(path, """{"units":[{"code":"P01","name":"Phường 1","group":"Ward"},{"code":"p01","name":"Phường Một","group":"Ward"}]}""");

        var refused = Assert.Throws<StartupException>(() => UnitFile.Load(path));

        Assert.Contains("P01", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static InboundEnvelope Envelope(string id, string text) => new(id, Lan, new TextIn(text), Now);

    private static (Inbox Inbox, Outbox Outbox, TurnCommitter Committer, EntityStore Entities) Parts(Database database)
    {
        var entities = new EntityStore(database);
        var inbox = new Inbox(database);
        var outbox = new Outbox(database);
        return (inbox, outbox, new TurnCommitter(database, entities, inbox, outbox, new GroupCommit(database)), entities);
    }

    private Database Open() => new(folder.DatabasePath, StoredEntities.Types);

    /// <summary>A record type the database was not set up for: committing it must fail.</summary>
    private sealed record Unstored(string Id) : Domain.IEntity;
}
