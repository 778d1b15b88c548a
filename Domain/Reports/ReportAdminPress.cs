namespace Domain.Reports;

/// <summary>
/// Every button of the organizers' /baocao screens, encoded and decoded here only:
/// "rpa:verb[:round[:unit[:index]]]". Every press is checked again (organizer, round, nomination).
/// </summary>
public sealed record ReportAdminPress(string Verb, string Round = "", string Unit = "", string Index = "")
{
    public const string Prefix = "rpa";
    public const string Menu = "menu";
    public const string Open = "open";
    public const string Progress = "p";
    public const string Remind = "rm";
    public const string Summary = "sum";
    public const string Nominations = "nom";
    public const string Accept = "acc";

    public string Encode()
    {
        var parts = new[] { Prefix, Verb, Round, Unit, Index };
        var used = Index.Length > 0 ? 5 : Unit.Length > 0 ? 4 : Round.Length > 0 ? 3 : 2;
        return string.Join(':', parts[..used]);
    }

    public static bool TryDecode(string data, out ReportAdminPress press)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parts = data.Split(':');
        press = new ReportAdminPress(string.Empty);
        if (parts.Length is < 2 or > 5 || parts[0] != Prefix || parts.Any(p => p.Length > 40))
        {
            return false;
        }

        press = new ReportAdminPress(parts[1], parts.ElementAtOrDefault(2) ?? string.Empty, parts.ElementAtOrDefault(3) ?? string.Empty, parts.ElementAtOrDefault(4) ?? string.Empty);
        return true;
    }
}
