using System.Globalization;
using System.Text;
using Bot.Storage;
using Domain.Users;
using LiteDB;

namespace Bot.Delivery;

/// <summary>
/// The numbered choices each chat of a channel without buttons (Zalo, the console) was shown
/// last, kept in the database: "2" means the second choice of the last message that had any, also
/// after a restart.
/// </summary>
public sealed class ShownChoices(Database database)
{
    internal const string CollectionName = "shown_choices";

    private ILiteCollection<BsonDocument> Collection => database.Lite.GetCollection(CollectionName);

    /// <summary>Remembers what the chat now sees; an empty list forgets the old choices.</summary>
    public void Show(UserKey chat, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var id = chat.ToString();
        var current = Collection.FindById(id);
        if (choices.Count == 0)
        {
            if (current is not null)
            {
                Collection.Delete(id);
            }

            return;
        }

        var seq = current is null ? 1 : current["seq"].AsInt64 + 1;
        Collection.Upsert(new BsonDocument
        {
            ["_id"] = id,
            ["seq"] = seq,
            ["items"] = new BsonArray(choices.Select(c => new BsonDocument { ["l"] = c.Label, ["d"] = c.ButtonData })),
        });
    }

    /// <summary>The choice a typed number stands for; null when none is shown under that number.</summary>
    public (long Seq, Choice Choice)? Pick(UserKey chat, int number) =>
        Shown(chat) is { } shown && number >= 1 && number <= shown.Items.Count ? (shown.Seq, shown.Items[number - 1]) : null;

    /// <summary>The choice a typed answer stands for: its number, or its label typed out; null for anything else.</summary>
    public (long Seq, Choice Choice)? Match(UserKey chat, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim().TrimEnd('.', ')');
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Pick(chat, number);
        }

        var wanted = Comparable(text);
        return wanted.Length > 0 && Shown(chat) is { } shown && shown.Items.FirstOrDefault(c => Comparable(c.Label) == wanted) is { } byLabel
            ? (shown.Seq, byLabel)
            : null;
    }

    private (long Seq, List<Choice> Items)? Shown(UserKey chat) =>
        Collection.FindById(chat.ToString()) is { } doc
            ? (doc["seq"].AsInt64, doc["items"].AsArray.Select(i => new Choice(i["l"].AsString, i["d"].IsNull ? null : i["d"].AsString)).ToList())
            : null;

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
