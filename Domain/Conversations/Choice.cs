namespace Domain.Conversations;

/// <summary>A numbered choice: an inline button (with data) or a reply-keyboard key (typed as text).</summary>
public sealed record Choice(string Label, string? ButtonData)
{
    public static IReadOnlyList<Choice> From(TextOut text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Buttons.Count > 0)
        {
            return text.Buttons.SelectMany(r => r).Select(b => new Choice(b.Label, b.Data)).ToList();
        }

        return text.Keyboard is { } keyboard ? keyboard.Keys.Select(k => new Choice(k, null)).ToList() : [];
    }
}

/// <summary>A choice shown under a number: from which message (<paramref name="Seq"/>) and whether that message came unasked.</summary>
public sealed record NumberedChoice(Choice Choice, long Seq, bool Unasked);

/// <summary>An unasked message's choices, kept to be typed by name after they lost their numbers.</summary>
public sealed record HeldChoices(long Seq, IReadOnlyList<Choice> Choices);
