using System.Globalization;
using System.Text;
using Bot.Delivery;
using Bot.Storage;
using LiteDB;

namespace Bot.Zalo;

/// <summary>
/// The numbered choices each Zalo chat was shown last, kept in the database: Zalo has no buttons,
/// so "2" means the second choice of the last message that had any, also after a restart.
/// </summary>
public sealed class ZaloChoices(Database database)
{
    private const string CollectionName = "zalo_choices";

    private ILiteCollection<BsonDocument> Collection => database.Lite.GetCollection(CollectionName);

    /// <summary>Remembers what the chat now sees; an empty list forgets the old choices.</summary>
    public void Show(string chat, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var current = Collection.FindById(chat);
        if (choices.Count == 0)
        {
            if (current is not null)
            {
                Collection.Delete(chat);
            }

            return;
        }

        var seq = current is null ? 1 : current["seq"].AsInt64 + 1;
        Collection.Upsert(new BsonDocument
        {
            ["_id"] = chat,
            ["seq"] = seq,
            ["items"] = new BsonArray(choices.Select(c => new BsonDocument { ["l"] = c.Label, ["d"] = c.ButtonData })),
        });
    }

    /// <summary>The choice a typed answer stands for: its number, or its label typed out; null for anything else.</summary>
    public (long Seq, Choice Choice)? Match(string chat, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var doc = Collection.FindById(chat);
        if (doc is null)
        {
            return null;
        }

        var items = doc["items"].AsArray.Select(i => new Choice(i["l"].AsString, i["d"].IsNull ? null : i["d"].AsString)).ToList();
        var seq = doc["seq"].AsInt64;
        var typed = text.Trim().TrimEnd('.', ')');
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= items.Count ? (seq, items[number - 1]) : null;
        }

        var wanted = Comparable(text);
        return wanted.Length > 0 && items.FirstOrDefault(c => Comparable(c.Label) == wanted) is { } byLabel ? (seq, byLabel) : null;
    }

    public void Forget(string chat) => Collection.Delete(chat);

    /// <summary>A label as people type it: no leading emoji or marks, any case, composed letters.</summary>
    private static string Comparable(string label)
    {
        var text = label.Normalize(NormalizationForm.FormC).Trim();
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text, start))
        {
            start++;
        }

        return string.Join(' ', text[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}
