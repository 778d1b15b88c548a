using Domain.Conversations;
using Domain.Text;

namespace Domain.Tests.Support;

/// <summary>Catalogue texts as the bot sends them, to compare with what a driver recorded.</summary>
public static class Say
{
    public static string Vi(this Msg msg, params object?[] args) => msg.For(Lang.Vi, args).Value;

    public static string En(this Msg msg, params object?[] args) => msg.For(Lang.En, args).Value;

    public static IReadOnlyList<string> Texts(this IEnumerable<Outbound> messages) =>
        messages.OfType<TextOut>().Select(t => t.Text.Value).ToList();

    public static IReadOnlyList<Button> AllButtons(this TextOut message) => message.Buttons.SelectMany(r => r).ToList();

    /// <summary>The same text, buttons and keyboard (records compare lists by reference, so this compares them by content).</summary>
    public static void SameQuestion(TextOut expected, TextOut actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Buttons.Select(r => string.Join(" | ", r)), actual.Buttons.Select(r => string.Join(" | ", r)));
        Assert.Equal(expected.Keyboard?.ContactLabel, actual.Keyboard?.ContactLabel);
        Assert.Equal(expected.Keyboard?.Keys ?? [], actual.Keyboard?.Keys ?? []);
        Assert.Equal(expected.RemoveKeyboard, actual.RemoveKeyboard);
    }
}
