using System.Text.Json;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using Domain.Users;

namespace Bot.Tests.Storage;

/// <summary>
/// Events still waiting in the inbox when a person erases: their own go (what they typed, a
/// version they sent to the report desk); someone else's stay, with only the person taken out, so
/// a colleague's report version still reaches the desk whole but for the person's name and number.
/// </summary>
public sealed class ErasureOfWaitingEventsTests : IDisposable
{
    private const string Name = "Phạm Quốc Khánh";
    private const string Phone = "0987654321";
    private static readonly UserKey Person = new("telegram", "777");
    private static readonly UserKey Colleague = new("telegram", "778");
    private static readonly UserKey Namesake = new("telegram", "7771");
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Their_own_waiting_events_go_and_a_colleagues_lose_only_the_person()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var group = new GroupCommit(database);
        var inbox = new Inbox(database);
        var typed = inbox.TryAdd(new InboundEnvelope("u1", Colleague, new TextIn($"Đề nghị khen {Name}, số {Phone}; {Name}h không đổi"), Now))!;
        var press = inbox.TryAdd(new InboundEnvelope("u2", Colleague, new ButtonIn($"rpn:r1:P08:{Person}", "cb", 5), Now))!;
        var version = inbox.TryAdd(Submission("u3", Colleague, Person.ToString()))!;
        var ownVersion = inbox.TryAdd(Submission("u4", Person, Person.ToString()))!;
        var ownText = inbox.TryAdd(new InboundEnvelope("u5", Person, new TextIn("Xin chào"), Now))!;
        var other = new InboundEnvelope("u6", Namesake, new ButtonIn($"rpn:r1:P08:{Namesake}", "cb", 6), Now);
        var untouched = inbox.TryAdd(other)!;
        var erasing = inbox.TryAdd(new InboundEnvelope("u7", Person, new TextIn("/xoadulieu"), Now))!;
        var changes = new ChangeSet();
        changes.Erase(new PersonalTrace([Person.ToString()], [Name, Phone, "+84987654321"]));

        new TurnCommitter(database, new EntityStore(database), inbox, new Outbox(database), group, new PersonalDataScrub(database, new Reachability(database)))
            .Commit(erasing.Seq, changes, Now);

        var erased = Texts.ErasedName.Vi;
        Assert.Equal(new TextIn($"Đề nghị khen {erased}, số {erased}; {Name}h không đổi"), inbox.Unhandled(typed.Seq)!.Event);
        Assert.Equal($"rpn:r1:P08:{PersonalDataEraser.Erased}", Assert.IsType<ButtonIn>(inbox.Unhandled(press.Seq)!.Event).Data);
        var signal = Assert.IsType<SignalIn>(inbox.Unhandled(version.Seq)!.Event);
        Assert.Equal(Colleague, signal.By);
        var content = JsonSerializer.Deserialize<JsonElement>(signal.Args).GetProperty("Content");
        Assert.Equal($"Liên hệ {erased} qua {erased}", content.GetProperty("Proposals").GetString());
        Assert.Equal(4242, content.GetProperty("FalseContent").GetInt64());
        var nomination = content.GetProperty("Nominations")[0];
        Assert.Equal((erased, PersonalDataEraser.Erased, "Viết 120 bài"), (nomination.GetProperty("Name").GetString(), nomination.GetProperty("NominatedBy").GetString(), nomination.GetProperty("Achievement").GetString()));
        Assert.Null(inbox.Unhandled(ownVersion.Seq));
        Assert.Null(inbox.Unhandled(ownText.Seq));
        Assert.Equal(other, inbox.Unhandled(untouched.Seq));
    }

    [Fact]
    public void The_retention_sweeps_mark_of_their_session_from_before_they_registered_goes_and_anothers_stays()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var group = new GroupCommit(database);
        var inbox = new Inbox(database);
        var seen = database.Lite.GetCollection(RetentionSweep.SeenCollection);
        seen.Insert(new LiteDB.BsonDocument { ["_id"] = Person.ToString(), ["since"] = Now.UtcTicks, ["digest"] = "A2F2D90A46429C93" });
        seen.Insert(new LiteDB.BsonDocument { ["_id"] = Namesake.ToString(), ["since"] = Now.UtcTicks, ["digest"] = "0000000000000000" });
        var erasing = inbox.TryAdd(new InboundEnvelope("u1", Person, new TextIn("/xoadulieu"), Now))!;
        var changes = new ChangeSet();
        changes.Erase(new PersonalTrace([Person.ToString()], [Name]));

        new TurnCommitter(database, new EntityStore(database), inbox, new Outbox(database), group, new PersonalDataScrub(database, new Reachability(database)))
            .Commit(erasing.Seq, changes, Now);

        Assert.Equal([Namesake.ToString()], seen.FindAll().Select(d => d["_id"].AsString));
    }

    /// <summary>A report version for the desk's queue, its arguments written as the desk's sender writes them.</summary>
    private static InboundEnvelope Submission(string id, UserKey by, string nominator)
    {
        var content = new ReportContent
        {
            FalseContent = 4242,
            Proposals = $"Liên hệ {Name} qua {Phone}",
            Nominations = [new Nomination { Kind = NomineeKind.Person, Name = Name, UnitName = "Phường 8", Achievement = "Viết 120 bài", NominatedBy = nominator }],
        };
        var args = JsonSerializer.Serialize(new { RoundId = "r1", UnitCode = "P08", Content = content, PressedAt = Now });
        return new InboundEnvelope(id, WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, by, args), Now);
    }
}
