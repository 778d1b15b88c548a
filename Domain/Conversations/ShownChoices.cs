using System.Globalization;
using System.Text;
using Domain.Text;

namespace Domain.Conversations;

/// <summary>
/// The numbered choices a chat of a channel without buttons (Zalo, the console) can answer, one
/// record per chat, so that "2" means the same after a restart. The numbers belong to the message
/// the person last acted on: a reply to them takes the numbers from 1 (its later messages go on
/// from where the earlier ones stopped, so one reply never shows a number twice); a message that arrives
/// unasked (an approval card, a notice, a reminder) gets the next free numbers after those, so "1"
/// typed for a list still means the list's first choice. While the person answers a question in
/// words, an unasked message gets no numbers at all (a number typed then is the answer): its
/// choices can be typed by name later. When the next reply takes the numbers, the unasked
/// messages' choices stay reachable by name. The sender places what it shows (it alone knows the
/// order messages reach the phone); the turn reads it (<see cref="TypedChoices"/>).
/// </summary>
public sealed record ShownChoices(string Id, long Seq, bool InQuestion, IReadOnlyList<NumberedChoice> Items, IReadOnlyList<HeldChoices> Held) : IEntity
{
    // The unasked messages whose choices are kept for typing by name.
    private const int HeldBlocks = 5;

    public static ShownChoices None(string chat) => new(chat, 0, false, [], []);

    /// <summary>The reply whose messages hold the numbers: its later messages go on numbering.</summary>
    public string? Reply { get; init; }

    /// <summary>Nothing to remember: the record may be deleted.</summary>
    public bool IsEmpty => Items.Count == 0 && Held.Count == 0 && !InQuestion;

    /// <summary>A reply's choices take the numbers; an empty list forgets the old numbers.</summary>
    public ShownChoices Show(IReadOnlyList<Choice> choices) => Restart(choices, reply: null, inQuestion: false).Next;

    /// <summary>
    /// <see cref="Place(IReadOnlyList{Choice}, string?, bool)"/> for a whole message: a hint that
    /// leaves the numbers as they were (<see cref="TextOut.KeepsChoices"/>) changes nothing.
    /// </summary>
    public (ShownChoices Next, int? First) Place(TextOut message, string? reply, bool inQuestion)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.KeepsChoices ? (this, null) : Place(Choice.From(message), reply, inQuestion);
    }

    /// <summary>
    /// What the chat sees once a message with <paramref name="choices"/> is shown, and the number of
    /// its first choice, or null when the choices get no numbers (or there are none); the same
    /// record when nothing changes. <paramref name="reply"/>: the reply (one turn's answer) the
    /// message belongs to, null when it came unasked. <paramref name="inQuestion"/>: the person is
    /// in the middle of a conversation, so a reply without choices asks for words.
    /// </summary>
    public (ShownChoices Next, int? First) Place(IReadOnlyList<Choice> choices, string? reply, bool inQuestion)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (reply is not null && reply != Reply)
        {
            return Restart(choices, reply, inQuestion);
        }

        if (choices.Count == 0)
        {
            return (this, null);
        }

        if (FindBlock(choices) is { } again)
        {
            // The same message tried again after a failed send.
            return (this, again);
        }

        var seq = Seq;
        var items = Items.ToList();
        var held = Held.ToList();
        if (reply is not null)
        {
            // A later message of the same reply: its numbers follow the earlier messages' ones.
            var next = items.Count + 1;
            Append(items, ref seq, choices, unasked: false);
            return (this with { Seq = seq, Items = items }, next);
        }

        if (items.Count == 0 && InQuestion)
        {
            if (held.Any(h => h.Choices.SequenceEqual(choices)))
            {
                return (this, null);
            }

            Hold(held, ++seq, choices);
            return (this with { Seq = seq, Held = held }, null);
        }

        var first = items.Count + 1;
        Append(items, ref seq, choices, unasked: true);
        return (this with { Seq = seq, Items = items }, first);
    }

    /// <summary>The first message of a reply: the old numbers go, its choices take them from 1.</summary>
    private (ShownChoices Next, int? First) Restart(IReadOnlyList<Choice> choices, string? reply, bool inQuestion)
    {
        var seq = Seq;
        var items = new List<NumberedChoice>();
        var held = Held.ToList();

        // Unasked choices shown beside the old numbers keep their names, not their numbers.
        foreach (var block in Items.Where(i => i.Unasked).GroupBy(i => i.Seq))
        {
            Hold(held, block.Key, block.Select(i => i.Choice).ToList());
        }

        Append(items, ref seq, choices, unasked: false);
        var next = this with { Seq = seq, InQuestion = choices.Count == 0 && inQuestion, Items = items, Held = held, Reply = reply };
        return (next, choices.Count == 0 ? null : 1);
    }

    /// <summary>The choice a typed number stands for; null when none is shown under that number.</summary>
    public (long Seq, Choice Choice)? Pick(int number) =>
        number >= 1 && number <= Items.Count ? (Items[number - 1].Seq, Items[number - 1].Choice) : null;

    /// <summary>
    /// The choice a typed answer stands for: its number, or its label typed out, with or without
    /// diacritics (a numbered choice first, then one of the unasked messages' choices); null for
    /// anything else, and when the words fit several choices: they do not say which.
    /// </summary>
    public (long Seq, Choice Choice)? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim().TrimEnd('.', ')');
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Pick(number);
        }

        var words = new TypedWords(Comparable(text), Folded.Of(text));
        if (words.Exact.Length == 0 && words.Plain.Length == 0)
        {
            return null;
        }

        var numbered = words.Find(Items.Select(i => (i.Seq, i.Choice)).ToList());
        if (numbered.Found is not null || numbered.Ambiguous)
        {
            return numbered.Found;
        }

        return InQuestion ? null : words.Find(Held.SelectMany(h => h.Choices.Select(c => (h.Seq, Choice: c))).ToList()).Found;
    }

    private int? FindBlock(IReadOnlyList<Choice> choices)
    {
        foreach (var block in Items.Select((item, index) => (item, index)).GroupBy(x => x.item.Seq))
        {
            if (block.Select(x => x.item.Choice).SequenceEqual(choices))
            {
                return block.First().index + 1;
            }
        }

        return null;
    }

    private static void Append(List<NumberedChoice> items, ref long seq, IReadOnlyList<Choice> choices, bool unasked)
    {
        if (choices.Count == 0)
        {
            return;
        }

        var block = ++seq;
        items.AddRange(choices.Select(c => new NumberedChoice(c, block, unasked)));
    }

    private static void Hold(List<HeldChoices> held, long seq, IReadOnlyList<Choice> choices)
    {
        held.Add(new HeldChoices(seq, choices.ToList()));
        if (held.Count > HeldBlocks)
        {
            held.RemoveAt(0);
        }
    }

    /// <summary>A label as people type it: no leading emoji or marks, any case, composed letters.</summary>
    internal static string Comparable(string label)
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
