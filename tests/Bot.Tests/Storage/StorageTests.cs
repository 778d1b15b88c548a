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
public sealed class StorageTests : IDisposable
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
    public void Records_and_pending_messages_survive_closing_and_reopening_the_file()
    {
        using (var database = Open())
        {
            var (inbox, _, committer, _) = Parts(database);
            var item = inbox.TryAdd(Envelope("telegram:4", "hi"))!;
            var changes = new ChangeSet();
            changes.Put(new Member { Id = Lan.ToString(), FullName = "Lê Thị Lan", Phone = "+84901234567", UnitCode = "P05", Position = "Ủy viên" });
            changes.Send(Lan, new TextOut(new Html("<b>chào</b>")).WithButtons([new Button("Đồng ý", "reg:agree")]));
            committer.Commit(item.Seq, changes, Now);
        }

        using var reopened = Open();
        var pending = new Outbox(reopened).AllPending();
        Assert.Equal("Lê Thị Lan", new EntityStore(reopened).Find<Member>(Lan.ToString())!.FullName);
        var text = Assert.IsType<TextOut>(Assert.Single(pending).Message);
        Assert.Equal("<b>chào</b>", text.Text.Value);
        Assert.Equal("reg:agree", text.Buttons[0][0].Data);
    }

    [Fact]
    public void A_pending_document_survives_reopening_with_its_bytes_kept_beside_the_json()
    {
        var content = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        long id;
        using (var database = Open())
        {
            var (inbox, _, committer, _) = Parts(database);
            var item = inbox.TryAdd(Envelope("telegram:6", "/xuatds"))!;
            var changes = new ChangeSet();
            changes.Send(Lan, new DocumentOut("danh-sach.xlsx", content, new Html("<b>Danh sách</b>")));
            id = Assert.Single(committer.Commit(item.Seq, changes, Now).Queued).Id;
            var row = database.Outbox.FindById(id);
            Assert.Equal(content, row["file"].AsBinary);
            Assert.True(row["json"].AsString.Length < 200, row["json"].AsString);
        }

        using var reopened = Open();
        var document = Assert.IsType<DocumentOut>(Assert.Single(new Outbox(reopened).AllPending()).Message);
        Assert.Equal("danh-sach.xlsx", document.FileName);
        Assert.Equal("<b>Danh sách</b>", document.Caption?.Value);
        Assert.Equal(content, document.Content);

        new Outbox(reopened).Complete(id, OutboxStatus.Sent, Now);
        Assert.False(reopened.Outbox.FindById(id).ContainsKey("file"));
    }

    [Fact]
    public void A_document_queued_before_files_were_kept_beside_the_json_is_still_sent()
    {
        using var database = Open();
        var id = database.Outbox.Insert(new LiteDB.BsonDocument
        {
            ["to"] = Lan.ToString(),
            ["prio"] = (int)Priority.Interactive,
            ["json"] = Json.Write<Outbound>(new DocumentOut("a.csv", [1, 2, 3])),
            ["status"] = (int)OutboxStatus.Pending,
            ["attempts"] = 0,
            ["created"] = Now.UtcDateTime,
        }).AsInt64;

        var pending = Assert.Single(new Outbox(database).AllPending());
        Assert.Equal(id, pending.Id);
        Assert.Equal([1, 2, 3], Assert.IsType<DocumentOut>(pending.Message).Content);
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
    public void A_second_owner_of_the_data_file_is_refused_with_a_clear_message()
    {
        using var first = Open();

        var refused = Assert.Throws<StartupException>(Open);

        Assert.Contains("đang được một tiến trình bot khác sử dụng", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_file_is_readable_by_its_owner_only()
    {
        using var database = Open();

        var mode = File.GetUnixFileMode(folder.DatabasePath);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
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
