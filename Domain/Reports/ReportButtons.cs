namespace Domain.Reports;

/// <summary>
/// Every button of the report conversation, encoded and decoded here only. A press inside the
/// conversation carries the conversation's nonce ("rp:1a2b3c:send"), so a button of an earlier
/// conversation is recognised as stale; the notice's button names the round ("rp:go:r1a2b3c").
/// </summary>
public sealed record ReportPress(string Verb, string Arg = "")
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

    public string Encode(string nonce) => Arg.Length == 0 ? $"{Prefix}:{nonce}:{Verb}" : $"{Prefix}:{nonce}:{Verb}:{Arg}";

    /// <summary>Reads "rp:nonce:verb[:arg]"; false for anything else (the start button included).</summary>
    public static bool TryDecode(string data, out string nonce, out ReportPress press)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parts = data.Split(':');
        (nonce, press) = (string.Empty, new ReportPress(string.Empty));
        if (parts.Length is < 3 or > 4 || parts[0] != Prefix || parts[1] == ReportStart.Verb)
        {
            return false;
        }

        (nonce, press) = (parts[1], new ReportPress(parts[2], parts.Length == 4 ? parts[3] : string.Empty));
        return true;
    }

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
public sealed record ReportStart(string RoundId)
{
    public const string Verb = "go";

    public string Encode() => $"{ReportPress.Prefix}:{Verb}:{RoundId}";

    public static bool TryDecode(string data, out ReportStart start)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parts = data.Split(':');
        start = new ReportStart(parts.Length == 3 ? parts[2] : string.Empty);
        return parts.Length == 3 && parts[0] == ReportPress.Prefix && parts[1] == Verb && parts[2].Length is > 0 and <= 40;
    }
}
