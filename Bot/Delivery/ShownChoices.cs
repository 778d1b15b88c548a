using System.Globalization;
using System.Text;
using Bot.Storage;
using Domain.Users;
using LiteDB;

namespace Bot.Delivery;

/// <summary>
/// The numbered choices each chat of a channel without buttons (Zalo, the console) can answer,
/// kept in the database so that "2" means the same after a restart. The numbers belong to the
/// message the person last acted on: a reply to them (see <see cref="AskedMessages"/>) takes the
/// numbers from 1; a message that arrives unasked (an approval card, a notice, a reminder) gets the
/// next free numbers after those, so "1" typed for a list still means the list's first choice.
/// While the person answers a question in words, an unasked message gets no numbers at all (a
/// number typed then is the answer): its choices can be typed by name later. When the next reply
/// takes the numbers, the unasked messages' choices stay reachable by name.
/// </summary>
public sealed class ShownChoices(Database database)
{
    internal const string CollectionName = "shown_choices";

    // The unasked messages whose choices are kept for typing by name.
    private const int HeldBlocks = 5;

    private ILiteCollection<BsonDocument> Collection => database.Lite.GetCollection(CollectionName);

    /// <summary>A reply's choices take the numbers; an empty list forgets the old numbers.</summary>
    public void Show(UserKey chat, IReadOnlyList<Choice> choices) => Place(chat, choices, asked: true, inQuestion: false);

    /// <summary>
    /// Records what the chat now sees and returns the number of the first choice, or null when the
    /// choices get no numbers (or there are none). <paramref name="inQuestion"/>: the person is in
    /// the middle of a conversation, so a reply without choices asks for words.
    /// </summary>
    public int? Place(UserKey chat, IReadOnlyList<Choice> choices, bool asked, bool inQuestion)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var id = chat.ToString();
        var state = Load(id);
        int? first;
        if (asked)
        {
            // Unasked choices shown beside the old numbers keep their names, not their numbers.
            foreach (var block in state.Items.Where(i => i.Unasked).GroupBy(i => i.Seq))
            {
                Hold(state, block.Key, block.Select(i => i.Choice).ToList());
            }

            state.Items.Clear();
            state.InQuestion = choices.Count == 0 && inQuestion;
            first = choices.Count == 0 ? null : 1;
            Append(state, choices, unasked: false);
        }
        else if (choices.Count == 0)
        {
            return null;
        }
        else if (FindBlock(state.Items, choices) is { } again)
        {
            // The same message tried again after a failed send.
            return again;
        }
        else if (state.Items.Count == 0 && state.InQuestion)
        {
            if (!state.Held.Any(h => h.Choices.SequenceEqual(choices)))
            {
                Hold(state, ++state.Seq, choices);
                Save(id, state);
            }

            return null;
        }
        else
        {
            first = state.Items.Count + 1;
            Append(state, choices, unasked: true);
        }

        Save(id, state);
        return first;
    }

    /// <summary>The choice a typed number stands for; null when none is shown under that number.</summary>
    public (long Seq, Choice Choice)? Pick(UserKey chat, int number)
    {
        var items = Load(chat.ToString()).Items;
        return number >= 1 && number <= items.Count ? (items[number - 1].Seq, items[number - 1].Choice) : null;
    }

    /// <summary>
    /// The choice a typed answer stands for: its number, or its label typed out (a numbered choice
    /// first, then one of the unasked messages' choices whose label is not on several of them);
    /// null for anything else.
    /// </summary>
    public (long Seq, Choice Choice)? Match(UserKey chat, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim().TrimEnd('.', ')');
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Pick(chat, number);
        }

        var wanted = Comparable(text);
        if (wanted.Length == 0)
        {
            return null;
        }

        var state = Load(chat.ToString());
        if (state.Items.FirstOrDefault(i => Comparable(i.Choice.Label) == wanted) is { } numbered)
        {
            return (numbered.Seq, numbered.Choice);
        }

        var named = state.InQuestion
            ? []
            : state.Held.SelectMany(h => h.Choices.Where(c => Comparable(c.Label) == wanted).Select(c => (h.Seq, Choice: c))).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static int? FindBlock(List<Item> items, IReadOnlyList<Choice> choices)
    {
        foreach (var block in items.Select((item, index) => (item, index)).GroupBy(x => x.item.Seq))
        {
            if (block.Select(x => x.item.Choice).SequenceEqual(choices))
            {
                return block.First().index + 1;
            }
        }

        return null;
    }

    private static void Append(State state, IReadOnlyList<Choice> choices, bool unasked)
    {
        if (choices.Count == 0)
        {
            return;
        }

        state.Seq++;
        state.Items.AddRange(choices.Select(c => new Item(c, state.Seq, unasked)));
    }

    private static void Hold(State state, long seq, IReadOnlyList<Choice> choices)
    {
        state.Held.Add(new Block(seq, choices.ToList()));
        if (state.Held.Count > HeldBlocks)
        {
            state.Held.RemoveAt(0);
        }
    }

    private State Load(string id)
    {
        var state = new State();
        if (Collection.FindById(id) is not { } doc)
        {
            return state;
        }

        state.Seq = doc["seq"].AsInt64;
        state.InQuestion = doc["q"].IsBoolean && doc["q"].AsBoolean;
        state.Items.AddRange(doc["items"].AsArray.Select(i => new Item(ChoiceOf(i), i["s"].IsNull ? state.Seq : i["s"].AsInt64, i["u"].IsBoolean && i["u"].AsBoolean)));
        if (doc["held"].IsArray)
        {
            state.Held.AddRange(doc["held"].AsArray.Select(b => new Block(b["s"].AsInt64, b["items"].AsArray.Select(ChoiceOf).ToList())));
        }

        return state;
    }

    private void Save(string id, State state)
    {
        if (state.Items.Count == 0 && state.Held.Count == 0 && !state.InQuestion)
        {
            Collection.Delete(id);
            return;
        }

        Collection.Upsert(new BsonDocument
        {
            ["_id"] = id,
            ["seq"] = state.Seq,
            ["q"] = state.InQuestion,
            ["items"] = new BsonArray(state.Items.Select(i => new BsonDocument { ["l"] = i.Choice.Label, ["d"] = i.Choice.ButtonData, ["s"] = i.Seq, ["u"] = i.Unasked })),
            ["held"] = new BsonArray(state.Held.Select(b => new BsonDocument
            {
                ["s"] = b.Seq,
                ["items"] = new BsonArray(b.Choices.Select(c => new BsonDocument { ["l"] = c.Label, ["d"] = c.ButtonData })),
            })),
        });
    }

    private static Choice ChoiceOf(BsonValue item) => new(item["l"].AsString, item["d"].IsNull ? null : item["d"].AsString);

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

    private sealed record Item(Choice Choice, long Seq, bool Unasked);

    private sealed record Block(long Seq, List<Choice> Choices);

    private sealed class State
    {
        public long Seq { get; set; }

        public bool InQuestion { get; set; }

        public List<Item> Items { get; } = [];

        public List<Block> Held { get; } = [];
    }
}
