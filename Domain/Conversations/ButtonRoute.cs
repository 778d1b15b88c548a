using Domain.Members;
using Domain.Text;

namespace Domain.Conversations;

/// <summary>How the router reaches one button family: its codec and its handler.</summary>
internal abstract class ButtonRoute(string flow, bool onlyInFlow, bool organizersOnly)
{
    public string Flow { get; } = flow;

    /// <summary>Whether the family's buttons work only while the session is in the flow of that name.</summary>
    public bool OnlyInFlow { get; } = onlyInFlow;

    /// <summary>Whether only organizers may press them: checked before anything else, for every press.</summary>
    public bool OrganizersOnly { get; } = organizersOnly;

    /// <summary>Checks who presses, decodes the press and hands it over; a press that decodes to nothing is expired.</summary>
    public void Handle(Turn turn, ButtonIn pressed, IReadOnlyList<string> parts, bool mayConfirm)
    {
        if (!OrganizersOnly || turn.RequireOrganizer())
        {
            Decode(turn, pressed, parts, mayConfirm);
        }
    }

    protected abstract void Decode(Turn turn, ButtonIn pressed, IReadOnlyList<string> parts, bool mayConfirm);

    public static void Expired(Turn turn)
    {
        turn.Acknowledge(Texts.ButtonExpired);
        turn.Say(Texts.ButtonExpired);
    }
}

internal sealed class ButtonRoute<TButton>(IButtonHandler<TButton> handler, bool onlyInFlow, bool organizersOnly)
    : ButtonRoute(TButton.Flow, onlyInFlow, organizersOnly)
    where TButton : class, IButton<TButton>
{
    protected override void Decode(Turn turn, ButtonIn pressed, IReadOnlyList<string> parts, bool mayConfirm)
    {
        if (TButton.Decode(parts) is not { } button)
        {
            Expired(turn);
        }
        else if (!mayConfirm || !TypedConfirmation.Ask(turn, pressed, handler as IConfirmWhenTyped<TButton>, button))
        {
            handler.Handle(turn, button);
        }
    }
}
