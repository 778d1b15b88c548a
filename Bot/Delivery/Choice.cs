using Domain.Conversations;

namespace Bot.Delivery;

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
