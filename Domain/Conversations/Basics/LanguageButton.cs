using Domain.Text;

namespace Domain.Conversations.Basics;

/// <summary>The button choosing the language the bot speaks.</summary>
public sealed record LanguageButton(Lang Lang) : IButton<LanguageButton>
{
    public static string Flow => "lang";

    public static LanguageButton? Decode(IReadOnlyList<string> parts) =>
        parts is [var code] && LangCodes.TryParse(code, out var lang) ? new LanguageButton(lang) : null;

    public string Encode() => ButtonData.Join(Flow, Lang.Code());
}
