using System.Text;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Tests.Storage;

/// <summary>
/// A guest list sent as a file waits in the inbox as base64 inside the event's JSON: an erasure
/// must still find a person named in it and blank the waiting row.
/// </summary>
public sealed class ErasureOfSentFilesTests : IDisposable
{
    private const string Name = "Phạm Quốc Khánh";
    private static readonly UserKey Organizer = new("telegram", "9001");
    private static readonly UserKey Person = new("telegram", "777");
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_waiting_file_that_names_the_erased_person_is_blanked()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var group = new GroupCommit(database);
        var inbox = new Inbox(database);
        var file = new MediaIn(MediaKind.Document, "DOC1", "khach.csv", null) { Content = Attachment.Of(Encoding.UTF8.GetBytes($"Họ và tên,Đơn vị\n{Name},Ban Dân vận\n")) };
        var other = new MediaIn(MediaKind.Document, "DOC2", "khac.csv", null) { Content = Attachment.Of(Encoding.UTF8.GetBytes("Lê Thị Tám,Hội Phụ nữ\n")) };
        var waiting = inbox.TryAdd(new InboundEnvelope("u1", Organizer, file, Now))!;
        var kept = inbox.TryAdd(new InboundEnvelope("u2", Organizer, other, Now))!;
        var erasing = inbox.TryAdd(new InboundEnvelope("u3", Person, new TextIn("/xoadulieu"), Now))!;
        var changes = new ChangeSet();
        changes.Erase(new PersonalTrace([Person.ToString()], [Name]));

        new TurnCommitter(database, new EntityStore(database), inbox, new Outbox(database), group, new PersonalDataScrub(database, new Reachability(database)))
            .Commit(erasing.Seq, changes, Now);

        Assert.Null(inbox.Unhandled(waiting.Seq));
        Assert.NotNull(inbox.Unhandled(kept.Seq));
    }
}
