using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Bot.Workers;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Bot.Tests.Storage;

public sealed partial class StorageTests : IDisposable
{
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
}
