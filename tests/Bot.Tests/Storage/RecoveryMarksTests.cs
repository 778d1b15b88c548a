using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Bot.Tests.Storage;

/// <summary>A start finds the unhandled events and the unsent messages from the stored marks on.</summary>
public sealed class RecoveryMarksTests : IDisposable
{
    private static readonly UserKey Lan = new("telegram", "42");
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_outbox_mark_stops_at_the_first_unsent_message_and_then_passes_the_last()
    {
        using var database = Open();
        using var group = new GroupCommit(database);
        var (inbox, outbox, committer) = Parts(database, group);
        var ids = Enumerable.Range(1, 5).Select(i => Reply(inbox, committer, i)).ToList();
        outbox.Complete(ids[0], OutboxStatus.Sent, Now);
        outbox.Complete(ids[1], OutboxStatus.Failed, Now);

        await MoveOutboxMark(database, group);
        Assert.Equal(ids[2], Mark(database, Database.OutboxName));
        Assert.Equal(ids[2..], outbox.AllPending().Select(i => i.Id));

        foreach (var id in ids[2..])
        {
            outbox.Complete(id, OutboxStatus.Sent, Now);
        }

        await MoveOutboxMark(database, group);
        Assert.Equal(ids[^1] + 1, Mark(database, Database.OutboxName));
        Assert.Empty(outbox.AllPending());

        var later = Reply(inbox, committer, 6);
        Assert.Equal([later], outbox.AllPending().Select(i => i.Id));

        // What the mark saves: the rows before it are not read at all.
        database.Marks.Upsert(new LiteDB.BsonDocument { ["_id"] = Database.OutboxName, ["from"] = later + 1 });
        Assert.Empty(outbox.AllPending());
    }

    [Fact]
    public async Task Housekeeping_keeps_the_newest_rows_so_that_new_ones_are_never_numbered_below_the_mark()
    {
        using (var database = Open())
        using (var group = new GroupCommit(database))
        {
            var (inbox, outbox, committer) = Parts(database, group);
            var sent = Enumerable.Range(1, 3).Select(i => Reply(inbox, committer, i)).ToList();
            foreach (var id in sent)
            {
                outbox.Complete(id, OutboxStatus.Sent, Now);
            }

            await RecoveryMarks.MoveAsync(database, group, Database.InboxName, Inbox.IsUnhandled);
            await MoveOutboxMark(database, group);
            Assert.Equal(4, Mark(database, Database.InboxName));
            Assert.Equal(sent[^1] + 1, Mark(database, Database.OutboxName));
        }

        // A start after a quiet month: housekeeping runs before anything new is written. LiteDB
        // numbers the next row from the last one left, so it must leave the last one.
        using (var reopened = Open())
        using (var group = new GroupCommit(reopened))
        {
            var (inbox, outbox, committer) = Parts(reopened, group);
            Assert.Equal(2, inbox.DeleteHandled(Now.AddDays(40)));
            Assert.Equal(2, outbox.DeleteFinished(Now.AddDays(40)));

            var received = inbox.TryAdd(Envelope("telegram:9"))!;
            var changes = new ChangeSet();
            changes.Send(Lan, new TextOut(new Html("trả lời 9")));
            var queued = Assert.Single(committer.Commit(received.Seq, changes, Now).Queued);
            var waiting = inbox.TryAdd(Envelope("telegram:10"))!;
            Assert.Equal((4L, 5L), (received.Seq, waiting.Seq));
            Assert.Equal(4L, queued.Id);
        }

        // A crash before the marks moved again: the next start still finds both.
        using var afterCrash = Open();
        Assert.Equal([5L], new Inbox(afterCrash).AllUnhandled().Select(i => i.Seq));
        Assert.Equal([4L], new Outbox(afterCrash).AllPending().Select(i => i.Id));
    }

    private static long Reply(Inbox inbox, TurnCommitter committer, int i)
    {
        var item = inbox.TryAdd(Envelope($"telegram:{i}"))!;
        var changes = new ChangeSet();
        changes.Send(Lan, new TextOut(new Html($"trả lời {i}")));
        return Assert.Single(committer.Commit(item.Seq, changes, Now).Queued).Id;
    }

    private static Task MoveOutboxMark(Database database, GroupCommit group) =>
        RecoveryMarks.MoveAsync(database, group, Database.OutboxName, Outbox.IsPending);

    private static long Mark(Database database, string collection) => database.Marks.FindById(collection)["from"].AsInt64;

    private static InboundEnvelope Envelope(string id) => new(id, Lan, new TextIn("xin chào"), Now);

    private static (Inbox Inbox, Outbox Outbox, TurnCommitter Committer) Parts(Database database, GroupCommit group)
    {
        var inbox = new Inbox(database);
        var outbox = new Outbox(database);
        return (inbox, outbox, new TurnCommitter(database, new EntityStore(database), inbox, outbox, group));
    }

    private Database Open() => new(folder.DatabasePath, StoredEntities.Types);
}
