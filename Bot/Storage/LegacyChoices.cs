using Domain.Conversations;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Files written before numbered choices became a record of each chat (<see cref="ShownChoices"/>)
/// keep them in a collection of their own. At open each chat's choices are moved into its record,
/// so a number typed right after an upgrade still presses what the chat was shown, and the old
/// collection is dropped. A chat that already has a record keeps it (it is the newer one); a row
/// that cannot be read is left behind, as if nothing had been shown.
/// </summary>
internal static class LegacyChoices
{
    public const string CollectionName = "shown_choices";

    public static void Move(Database database)
    {
        if (!database.Lite.CollectionExists(CollectionName))
        {
            return;
        }

        if (database.Stores(typeof(ShownChoices)))
        {
            var legacy = database.Lite.GetCollection(CollectionName);
            var records = database.Entities(typeof(ShownChoices));
            database.InTransaction(() =>
            {
                foreach (var row in legacy.FindAll().ToList())
                {
                    if (Read(row) is { IsEmpty: false } shown && records.FindById(shown.Id) is null)
                    {
                        records.Insert(new BsonDocument { ["_id"] = shown.Id, ["json"] = EntityStore.Serialize(shown) });
                    }
                }

                return 0;
            });
        }

        // After the records are committed: a crash in between moves them again, skipping those already there.
        database.Lite.DropCollection(CollectionName);
    }

    /// <summary>
    /// A row as the old collection stored it: "seq", "q" (in a question), "items" (label "l", data
    /// "d", message "s", unasked "u") and "held" (message "s" and its "items"); the oldest rows lack
    /// all but "seq" and the items' label and data.
    /// </summary>
    private static ShownChoices? Read(BsonDocument row)
    {
        if (!row["_id"].IsString || !row["items"].IsArray)
        {
            return null;
        }

        var seq = row["seq"].IsNumber ? row["seq"].AsInt64 : 0;
        var items = new List<NumberedChoice>();
        foreach (var item in row["items"].AsArray)
        {
            if (ChoiceOf(item) is not { } choice)
            {
                return null;
            }

            items.Add(new NumberedChoice(choice, item["s"].IsNumber ? item["s"].AsInt64 : seq, item["u"].IsBoolean && item["u"].AsBoolean));
        }

        var held = new List<HeldChoices>();
        IEnumerable<BsonValue> blocks = row["held"].IsArray ? row["held"].AsArray : [];
        foreach (var block in blocks)
        {
            if (!block.IsDocument || !block["s"].IsNumber || !block["items"].IsArray)
            {
                return null;
            }

            var choices = block["items"].AsArray.Select(ChoiceOf).ToList();
            if (choices.Contains(null))
            {
                return null;
            }

            held.Add(new HeldChoices(block["s"].AsInt64, choices.OfType<Choice>().ToList()));
        }

        return new ShownChoices(row["_id"].AsString, seq, row["q"].IsBoolean && row["q"].AsBoolean, items, held);
    }

    private static Choice? ChoiceOf(BsonValue item) =>
        item.IsDocument && item["l"].IsString && (item["d"].IsNull || item["d"].IsString)
            ? new Choice(item["l"].AsString, item["d"].IsNull ? null : item["d"].AsString)
            : null;
}
