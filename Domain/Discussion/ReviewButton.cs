using Domain.Conversations;

namespace Domain.Discussion;

/// <summary>What an organizer marks a comment: seen, hidden, chosen to speak, or back to seen.</summary>
public enum ReviewMark
{
    Seen,
    Hide,
    Select,
    Undo,
}

/// <summary>
/// The buttons of /ykien. A meeting is named by its short key (<see cref="CommentFormat.Key"/>), a
/// comment by its id; both are looked up afresh on every press.
/// </summary>
public abstract record ReviewButton : IButton<ReviewButton>
{
    private ReviewButton()
    {
    }

    public static string Flow => "yk";

    public static ReviewButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["m", var key] => new Open(key),
        ["pg", var key, var view and (ReviewPages.NewView or ReviewPages.AllView), var page] when PageNumber(page) is { } number => new Page(key, view, number),
        ["s", var id] => new Mark(id, ReviewMark.Seen),
        ["h", var id] => new Mark(id, ReviewMark.Hide),
        ["p", var id] => new Mark(id, ReviewMark.Select),
        ["u", var id] => new Mark(id, ReviewMark.Undo),
        ["sp", var key] => new Speakers(key),
        ["up", var id] => new MoveSpeaker(id, -1),
        ["dn", var id] => new MoveSpeaker(id, 1),
        ["un", var key] => new Units(key),
        ["rm", var key] => new Remind(key),
        ["xp", var key] => new Export(key),
        _ => null,
    };

    public abstract string Encode();

    /// <summary>Only plain digits, at most four: int.Parse would also take " 1" or "-1" from forged data.</summary>
    private static int? PageNumber(string text) =>
        text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The first page of a meeting's new comments.</summary>
    public sealed record Open(string MeetingKey) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, "m", MeetingKey);
    }

    public sealed record Page(string MeetingKey, string View, int Number) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, "pg", MeetingKey, View, Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public sealed record Mark(string CommentId, ReviewMark As) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, As switch
        {
            ReviewMark.Seen => "s",
            ReviewMark.Hide => "h",
            ReviewMark.Select => "p",
            ReviewMark.Undo => "u",
            _ => throw new InvalidOperationException($"No button for {As}."),
        }, CommentId);
    }

    public sealed record Speakers(string MeetingKey) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, "sp", MeetingKey);
    }

    /// <summary>Moves a comment one place up (-1) or down (1) in the speaking order.</summary>
    public sealed record MoveSpeaker(string CommentId, int By) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, By < 0 ? "up" : "dn", CommentId);
    }

    /// <summary>The units that have and have not sent comments.</summary>
    public sealed record Units(string MeetingKey) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, "un", MeetingKey);
    }

    /// <summary>Reminds the units that have sent nothing.</summary>
    public sealed record Remind(string MeetingKey) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, "rm", MeetingKey);
    }

    public sealed record Export(string MeetingKey) : ReviewButton
    {
        public override string Encode() => ButtonData.Join(Flow, "xp", MeetingKey);
    }
}
