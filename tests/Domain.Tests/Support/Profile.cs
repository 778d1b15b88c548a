using Domain.Conversations;
using Domain.Text;

namespace Domain.Tests.Support;

/// <summary>The texts that carry the committee's names, with the default profile the driver runs with.</summary>
public static class Profile
{
    public static readonly Organization Default = new();

    public static string Team(Lang lang) => Default.TeamName.For(lang);

    public static string Consent(Lang lang) => Texts.ConsentRequest.For(lang, Team(lang), Default.ConsentPurpose.For(lang)).Value;

    public static string Greeting(Lang lang) => $"{Texts.Welcome.For(lang, Default.BotName(lang), Team(lang)).Value}\n\n{Consent(lang)}";
}
