using Domain.Conversations;

namespace Domain.Campaigns;

/// <summary>What a button of the compose conversation does; its value is a unit code, a group or "1"/"0".</summary>
public enum ComposeAction
{
    SkipPicture,
    Everyone,
    Units,
    Unit,
    UnitsDone,
    Group,
    GroupChosen,
    Proof,
    Send,
    Edit,
    Cancel,
}

/// <summary>A button of the compose conversation, "cd:&lt;action&gt;[:value]"; all encoding and decoding is here.</summary>
public sealed record ComposeButton(ComposeAction Action, string Value = "") : IButton<ComposeButton>
{
    public const string Prefix = "cd";

    private static readonly Dictionary<ComposeAction, string> Codes = new()
    {
        [ComposeAction.SkipPicture] = "np",
        [ComposeAction.Everyone] = "all",
        [ComposeAction.Units] = "units",
        [ComposeAction.Unit] = "u",
        [ComposeAction.UnitsDone] = "udone",
        [ComposeAction.Group] = "group",
        [ComposeAction.GroupChosen] = "g",
        [ComposeAction.Proof] = "pf",
        [ComposeAction.Send] = "send",
        [ComposeAction.Edit] = "edit",
        [ComposeAction.Cancel] = "cancel",
    };

    public static string Flow => Prefix;

    public string Encode() => Value.Length == 0 ? ButtonData.Join(Prefix, Codes[Action]) : ButtonData.Join(Prefix, Codes[Action], Value);

    public Button As(string label) => new(label, Encode());

    public static ComposeButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count is 1 or 2 && Codes.FirstOrDefault(c => c.Value == parts[0]) is { Value: not null } code
            ? new ComposeButton(code.Key, parts.Count == 2 ? parts[1] : string.Empty)
            : null;
    }
}

public enum AnswerAction
{
    Done,
    CouldNot,
    Skip,
    Finish,
}

/// <summary>
/// A button under a campaign or in the answer conversation, "cdt:&lt;action&gt;:&lt;campaign&gt;".
/// It names the campaign only: whose answer it is comes from who pressed it, never from the data.
/// </summary>
public sealed record AnswerButton(AnswerAction Action, string CampaignId) : IButton<AnswerButton>
{
    public const string Prefix = "cdt";

    private static readonly Dictionary<AnswerAction, string> Codes = new()
    {
        [AnswerAction.Done] = "ok",
        [AnswerAction.CouldNot] = "no",
        [AnswerAction.Skip] = "skip",
        [AnswerAction.Finish] = "end",
    };

    public static string Flow => Prefix;

    public string Encode() => ButtonData.Join(Prefix, Codes[Action], CampaignId);

    public Button As(string label) => new(label, Encode());

    public static AnswerButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count == 2 && parts[1].Length > 0 && Codes.FirstOrDefault(c => c.Value == parts[0]) is { Value: not null } code
            ? new AnswerButton(code.Key, parts[1])
            : null;
    }
}

public enum BoardAction
{
    List,
    New,
    Progress,
    Proofs,
    Remind,
    Export,
    Summary,
}

/// <summary>A button of /chiendich, for organizers: "cdb:&lt;action&gt;[:campaign or yyyy-MM]".</summary>
public sealed record BoardButton(BoardAction Action, string Value = "") : IButton<BoardButton>
{
    public const string Prefix = "cdb";

    private static readonly Dictionary<BoardAction, string> Codes = new()
    {
        [BoardAction.List] = "ls",
        [BoardAction.New] = "new",
        [BoardAction.Progress] = "c",
        [BoardAction.Proofs] = "p",
        [BoardAction.Remind] = "r",
        [BoardAction.Export] = "x",
        [BoardAction.Summary] = "s",
    };

    public static string Flow => Prefix;

    public string Encode() => Value.Length == 0 ? ButtonData.Join(Prefix, Codes[Action]) : ButtonData.Join(Prefix, Codes[Action], Value);

    public Button As(string label) => new(label, Encode());

    public static BoardButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count is 1 or 2 && Codes.FirstOrDefault(c => c.Value == parts[0]) is { Value: not null } code
            ? new BoardButton(code.Key, parts.Count == 2 ? parts[1] : string.Empty)
            : null;
    }
}
