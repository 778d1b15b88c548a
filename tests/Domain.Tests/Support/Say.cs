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
}
