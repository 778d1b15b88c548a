using Domain.Text;

namespace Domain.Conversations.Basics;

/// <summary>/lang offers the two languages; the buttons set one (pressing twice changes nothing more).</summary>
public sealed class LanguageChoice : ICommandHandler, IButtonHandler
{
    public IReadOnlyList<string> Names { get; } = ["lang", "ngonngu"];

    public bool LeavesFlow => false;

    public string Prefix => "lang";

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        if (LangCodes.TryParse(command.Args, out var chosen))
        {
            Set(turn, chosen);
            return;
        }

        turn.Reply(new TextOut(Texts.ChooseLanguage.For(turn.Lang)).WithButtons(
        [
            new Button(Texts.LanguageVi.Plain(Lang.Vi), "lang:vi"),
            new Button(Texts.LanguageEn.Plain(Lang.En), "lang:en"),
        ]));
    }

    public void Handle(Turn turn, ButtonIn button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (LangCodes.TryParse(button.Arg, out var chosen))
        {
            Set(turn, chosen);
        }
        else
        {
            turn.Say(Texts.ButtonExpired);
        }
    }

    private static void Set(Turn turn, Lang chosen)
    {
        turn.Session = turn.Session with { Lang = chosen };
        turn.Say(Texts.LanguageSet);
    }
}
