using Domain.Text;

namespace Domain.Conversations;

/// <summary>A button as the code sees it: a record that knows its wire form.</summary>
public interface IButton
{
    /// <summary>The data sent with the button, built with <see cref="ButtonData.Join"/>.</summary>
    string Encode();
}

/// <summary>
/// One flow's family of buttons: every button whose data starts with <see cref="Flow"/> decodes
/// into one of its records, or into nothing (an old or forged press, answered as expired).
/// </summary>
public interface IButton<TSelf> : IButton
    where TSelf : class, IButton<TSelf>
{
    static abstract string Flow { get; }

    /// <summary>The record for the parts after the flow, or null when they name no button of the family.</summary>
    static abstract TSelf? Decode(IReadOnlyList<string> parts);
}

/// <summary>Answers the presses of one button family, already decoded.</summary>
public interface IButtonHandler<TButton>
    where TButton : class, IButton<TButton>
{
    void Handle(Turn turn, TButton button);
}

/// <summary>
/// A button handler whose presses change someone else's data (or erase a person's): on a channel
/// without buttons a typed press first says what it will do (see <see cref="TypedConfirmation"/>).
/// </summary>
public interface IConfirmWhenTyped<TButton>
    where TButton : class, IButton<TButton>
{
    /// <summary>What the press will do, in the presser's language; null when it needs no confirmation.</summary>
    Html? Consequence(Turn turn, TButton button);
}
