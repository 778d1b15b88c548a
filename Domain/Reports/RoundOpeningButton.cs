using Domain.Conversations;

namespace Domain.Reports;

/// <summary>
/// The "rpo" family: the buttons of opening a round, each carrying the conversation's nonce
/// ("rpo:1a2b3c:m:&lt;meeting&gt;", "rpo:1a2b3c:u:all", "rpo:1a2b3c:gc:Ward", "rpo:1a2b3c:t:P08",
/// "rpo:1a2b3c:go", "rpo:1a2b3c:x", "rpo:1a2b3c:see").
/// </summary>
public sealed record RoundOpeningButton(string Nonce, string Verb, string Arg = "") : IButton<RoundOpeningButton>
{
    public const string ChooseMeeting = "m";
    public const string Units = "u";
    public const string PickGroup = "g";
    public const string ChooseGroup = "gc";
    public const string PickUnits = "us";
    public const string Toggle = "t";
    public const string UnitsDone = "ok";
    public const string Back = "b";
    public const string Open = "go";
    public const string Cancel = "x";

    /// <summary>Instead of opening a second round of the same meeting and period: the open one's progress.</summary>
    public const string SeeOpen = "see";

    public static string Flow => RoundOpening.FlowName;

    public static RoundOpeningButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        [var nonce, var verb] when verb is Open or Cancel or PickGroup or PickUnits or UnitsDone or Back or SeeOpen => new RoundOpeningButton(nonce, verb),
        [var nonce, var verb, var arg] when verb is ChooseMeeting or Units or ChooseGroup or Toggle && arg.Length is > 0 and <= 40 => new RoundOpeningButton(nonce, verb, arg),
        _ => null,
    };

    public string Encode() => Arg.Length == 0 ? ButtonData.Join(Flow, Nonce, Verb) : ButtonData.Join(Flow, Nonce, Verb, Arg);
}
