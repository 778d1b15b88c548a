using Domain.Conversations;

namespace Domain.Discussion;

/// <summary>A one-word step of the comment conversation.</summary>
public enum CommentMove
{
    Send,
    Edit,
    Cancel,
    Back,
}

/// <summary>
/// The buttons of /gopy. Some start afresh (a new comment, revising or withdrawing one's own);
/// the rest belong to one conversation and carry its nonce, so an earlier conversation's are refused.
/// </summary>
public abstract record CommentButton : IButton<CommentButton>
{
    private CommentButton()
    {
    }

    public static string Flow => CommentFlow.FlowName;

    public static CommentButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["new"] => new Start(null),
        ["new", var key] => new Start(key),
        ["rev", var id] => new Revise(id),
        ["wd", var id] => new AskWithdraw(id),
        ["wdy", var id] => new Withdraw(id),
        ["wdn"] => new Keep(),
        ["ev", var nonce, var key] => new ChooseMeeting(nonce, key),
        ["tp", var nonce, var index] => new ChooseTopic(nonce, index),
        ["sp", var nonce, "y"] => new ChooseSpeak(nonce, true),
        ["sp", var nonce, "n"] => new ChooseSpeak(nonce, false),
        ["send", var nonce] => new Move(nonce, CommentMove.Send),
        ["edit", var nonce] => new Move(nonce, CommentMove.Edit),
        ["cancel", var nonce] => new Move(nonce, CommentMove.Cancel),
        ["back", var nonce] => new Move(nonce, CommentMove.Back),
        ["f", var nonce, "topic"] => new Field(nonce, CommentField.Topic),
        ["f", var nonce, "text"] => new Field(nonce, CommentField.Text),
        ["f", var nonce, "speak"] => new Field(nonce, CommentField.Speak),
        _ => null,
    };

    public abstract string Encode();

    /// <summary>A new comment; <paramref name="MeetingKey"/> (from a reminder) picks the meeting.</summary>
    public sealed record Start(string? MeetingKey) : CommentButton
    {
        public override string Encode() => MeetingKey is null ? ButtonData.Join(Flow, "new") : ButtonData.Join(Flow, "new", MeetingKey);
    }

    public sealed record Revise(string CommentId) : CommentButton
    {
        public override string Encode() => ButtonData.Join(Flow, "rev", CommentId);
    }

    /// <summary>Asks whether to withdraw the comment.</summary>
    public sealed record AskWithdraw(string CommentId) : CommentButton
    {
        public override string Encode() => ButtonData.Join(Flow, "wd", CommentId);
    }

    public sealed record Withdraw(string CommentId) : CommentButton
    {
        public override string Encode() => ButtonData.Join(Flow, "wdy", CommentId);
    }

    /// <summary>The comment is not withdrawn after all.</summary>
    public sealed record Keep : CommentButton
    {
        public override string Encode() => ButtonData.Join(Flow, "wdn");
    }

    /// <summary>A button of the conversation whose nonce it carries.</summary>
    public abstract record InConversation(string Nonce) : CommentButton;

    public sealed record ChooseMeeting(string Nonce, string MeetingKey) : InConversation(Nonce)
    {
        public override string Encode() => ButtonData.Join(Flow, "ev", Nonce, MeetingKey);
    }

    /// <summary>A topic of the meeting by its number, or "o" for another topic.</summary>
    public sealed record ChooseTopic(string Nonce, string Index) : InConversation(Nonce)
    {
        public override string Encode() => ButtonData.Join(Flow, "tp", Nonce, Index);
    }

    public sealed record ChooseSpeak(string Nonce, bool Speak) : InConversation(Nonce)
    {
        public override string Encode() => ButtonData.Join(Flow, "sp", Nonce, Speak ? "y" : "n");
    }

    public sealed record Move(string Nonce, CommentMove To) : InConversation(Nonce)
    {
        public override string Encode() => ButtonData.Join(Flow, To switch
        {
            CommentMove.Send => "send",
            CommentMove.Edit => "edit",
            CommentMove.Cancel => "cancel",
            CommentMove.Back => "back",
            _ => throw new InvalidOperationException($"No button for {To}."),
        }, Nonce);
    }

    /// <summary>The item to change from the preview.</summary>
    public sealed record Field(string Nonce, CommentField Name) : InConversation(Nonce)
    {
        public override string Encode() => ButtonData.Join(Flow, "f", Nonce, Name switch
        {
            CommentField.Topic => "topic",
            CommentField.Text => "text",
            CommentField.Speak => "speak",
            _ => throw new InvalidOperationException($"No button for {Name}."),
        });
    }
}
