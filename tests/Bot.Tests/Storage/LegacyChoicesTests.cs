using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Users;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>
/// A file from before numbered choices were a record of each chat: at the first open after the
/// upgrade each chat's choices move into its record, so a number typed next still presses what the
/// chat was shown, and the old collection is gone.
/// </summary>
public sealed class LegacyChoicesTests : IDisposable
{
    private const string Legacy = "shown_choices";
    private static readonly UserKey Lan = new("zalo", "1001");
    private static readonly UserKey Minh = new("console", "1002");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_number_typed_after_the_upgrade_presses_the_choice_the_chat_was_shown()
    {
        WriteLegacy(new BsonDocument
        {
            ["_id"] = Lan.ToString(),
            ["seq"] = 3L,
            ["q"] = false,
            ["items"] = new BsonArray(
                Item("Tham dự", "rsvp:yes:m1", 2, false),
                Item("Vắng", "rsvp:no:m1", 2, false),
                Item("Duyệt", "ok:zalo:7", 3, true)),
            ["held"] = new BsonArray(new BsonDocument
            {
                ["s"] = 1L,
                ["items"] = new BsonArray(new BsonDocument { ["l"] = "Xem", ["d"] = "nt:n1" }),
            }),
        });

        using var database = Open();
        var store = new EntityStore(database, StoredEntities.Mirrored);

        Assert.False(database.Lite.CollectionExists(Legacy));
        Assert.Equal(new ButtonIn("rsvp:no:m1", null, 2), Typed(store, Lan, "2").Event);
        Assert.Equal(new ButtonIn("ok:zalo:7", null, 3), Typed(store, Lan, "3").Event);
        Assert.Equal(new ButtonIn("nt:n1", null, 1), Typed(store, Lan, "Xem").Event);
        Assert.Equal(new TextIn("4"), Typed(store, Lan, "4").Event);
    }

    [Fact]
    public void The_oldest_rows_and_keyboard_keys_move_too()
    {
        WriteLegacy(new BsonDocument
        {
            ["_id"] = Minh.ToString(),
            ["seq"] = 5L,
            ["items"] = new BsonArray(
                new BsonDocument { ["l"] = "Hà Nội", ["d"] = BsonValue.Null },
                new BsonDocument { ["l"] = "Huế", ["d"] = BsonValue.Null }),
        });

        using var database = Open();
        var shown = new EntityStore(database, StoredEntities.Mirrored).Find<ShownChoices>(Minh.ToString());

        Assert.NotNull(shown);
        Assert.Equal(5, shown.Seq);
        Assert.Equal([new NumberedChoice(new Choice("Hà Nội", null), 5, false), new NumberedChoice(new Choice("Huế", null), 5, false)], shown.Items);
        Assert.Equal(new TextIn("Huế"), Typed(new EntityStore(database), Minh, "2").Event);
    }

    [Fact]
    public void A_chat_with_a_record_keeps_it_and_an_unreadable_row_is_left_behind()
    {
        var newer = ShownChoices.None(Lan.ToString()).Show([new Choice("Có", "new:yes")]);
        using (var database = Open())
        {
            new EntityStore(database).Put(newer);
            database.Lite.GetCollection(Legacy).Insert(new BsonDocument
            {
                ["_id"] = Lan.ToString(),
                ["seq"] = 9L,
                ["items"] = new BsonArray(Item("Cũ", "old:yes", 9, false)),
            });
            database.Lite.GetCollection(Legacy).Insert(new BsonDocument { ["_id"] = Minh.ToString(), ["seq"] = "x", ["items"] = new BsonArray(new BsonValue(42)) });
        }

        using var reopened = Open();
        var store = new EntityStore(reopened);

        Assert.Equal(newer.Items, store.Find<ShownChoices>(Lan.ToString())?.Items);
        Assert.Null(store.Find<ShownChoices>(Minh.ToString()));
        Assert.False(reopened.Lite.CollectionExists(Legacy));
    }

    private static InboundEnvelope Typed(IRecordStore store, UserKey chat, string text) =>
        TypedChoices.Resolve(new InboundEnvelope("ext-1", chat, new TextIn(text), DateTimeOffset.UnixEpoch), store);

    private static BsonDocument Item(string label, string data, long seq, bool unasked) =>
        new() { ["l"] = label, ["d"] = data, ["s"] = seq, ["u"] = unasked };

    private Database Open() => new(folder.DatabasePath, StoredEntities.Types);

    private void WriteLegacy(BsonDocument row)
    {
        using var database = Open();
        database.Lite.GetCollection(Legacy).Insert(row);
    }
}
