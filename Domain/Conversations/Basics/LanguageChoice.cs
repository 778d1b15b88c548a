using Domain.Text;

namespace Domain.Conversations.Basics;

/// <summary>/lang offers the two languages; the buttons set one (pressing twice changes nothing more).</summary>
public sealed class LanguageChoice : ICommandHandler, IButtonHandler<LanguageButton>
{
    public IReadOnlyList<string> Names { get; } = ["lang", "ngonngu"];

    public bool LeavesFlow => false;

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
            new Button(Texts.LanguageVi.Plain(Lang.Vi), new LanguageButton(Lang.Vi).Encode()),
            new Button(Texts.LanguageEn.Plain(Lang.En), new LanguageButton(Lang.En).Encode()),
        ]));
    }

    public void Handle(Turn turn, LanguageButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        Set(turn, button.Lang);
    }

    private static void Set(Turn turn, Lang chosen)
    {
        turn.Session = turn.Session with { Lang = chosen };
        turn.Say(Texts.LanguageSet);
    }
}
