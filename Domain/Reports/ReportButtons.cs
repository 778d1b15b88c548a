using Domain.Conversations;

namespace Domain.Reports;

/// <summary>The "rp" family: the conversation's presses (<see cref="ReportPress"/>) and the notice's start button (<see cref="ReportStart"/>).</summary>
public abstract record WardReportButton : IButton<WardReportButton>
{
    private protected WardReportButton() { }

    public static string Flow => "rp";

    public static WardReportButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        [ReportStart.Verb, var round] when round.Length is > 0 and <= 40 => new ReportStart(round),
        [var nonce, var verb] when nonce != ReportStart.Verb => new ReportPress(verb, string.Empty, nonce),
        [var nonce, var verb, var arg] when nonce != ReportStart.Verb => new ReportPress(verb, arg, nonce),
        _ => null,
    };

    public abstract string Encode();
}

/// <summary>
/// Every button of the report conversation, encoded and decoded here only. A press inside the
/// conversation carries the conversation's nonce ("rp:1a2b3c:send"), so a button of an earlier
/// conversation is recognised as stale; the notice's button names the round ("rp:go:r1a2b3c").
/// </summary>
public sealed record ReportPress(string Verb, string Arg = "", string Nonce = "") : WardReportButton
{
    public const string Prefix = "rp";
    public const string Platform = "pl";
    public const string AddPage = "addp";
    public const string NoMorePages = "nomore";
    public const string AddNomination = "addn";
    public const string RemoveNomination = "rmn";
    public const string NominationsDone = "ndone";
    public const string Kind = "kind";
    public const string Send = "send";
    public const string Edit = "edit";
    public const string Cancel = "cancel";
    public const string Back = "back";
    public const string PickPage = "pp";
    public const string Pick = "it";
    public const string AskRemovePage = "rmp";
    public const string RemovePage = "rm";

    /// <summary>Someone else sent the unit's report since the draft began: start again from their version.</summary>
    public const string UseSent = "usesent";

    /// <summary>… or go on with the draft.</summary>
    public const string KeepDraft = "keep";

    public string Encode(string nonce) => (this with { Nonce = nonce }).Encode();

    public override string Encode() => Arg.Length == 0 ? ButtonData.Join(Flow, Nonce, Verb) : ButtonData.Join(Flow, Nonce, Verb, Arg);

    /// <summary>A small index from button data: plain digits only (int.Parse would take " 1" or "+1").</summary>
    public bool TryIndex(out int index)
    {
        index = -1;
        if (Arg.Length is 0 or > 2 || !Arg.All(char.IsAsciiDigit))
        {
            return false;
        }

        index = int.Parse(Arg, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }
}

/// <summary>The notice's "📝 Gửi báo cáo": starts (or revises) the presser's unit report for the round.</summary>
public sealed record ReportStart(string RoundId) : WardReportButton
{
    public const string Verb = "go";

    public override string Encode() => ButtonData.Join(Flow, Verb, RoundId);
}
