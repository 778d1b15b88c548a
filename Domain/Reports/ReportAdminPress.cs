using Domain.Conversations;

namespace Domain.Reports;

/// <summary>
/// Every button of the organizers' /baocao screens, encoded and decoded here only:
/// "rpa:verb[:round[:unit[:index]]]" (a meeting id in the round's place for <see cref="OfMeeting"/> and <see cref="Open"/>). Every press is checked again (organizer, round, nomination).
/// </summary>
public sealed record ReportAdminPress(string Verb, string Round = "", string Unit = "", string Index = "") : IButton<ReportAdminPress>
{
    public static string Flow => Prefix;

    public const string Prefix = "rpa";
    public const string Menu = "menu";
    public const string Open = "open";

    /// <summary>The screen of one meeting's rounds, from its /sukien card: "rpa:m:&lt;meeting&gt;" (the meeting id in the round's place).</summary>
    public const string OfMeeting = "m";
    public const string Progress = "p";
    public const string Remind = "rm";
    public const string Summary = "sum";
    public const string Nominations = "nom";
    public const string Accept = "acc";

    public string Encode()
    {
        var parts = new[] { Verb, Round, Unit, Index };
        var used = Index.Length > 0 ? 4 : Unit.Length > 0 ? 3 : Round.Length > 0 ? 2 : 1;
        return ButtonData.Join(Prefix, parts[..used]);
    }

    public static ReportAdminPress? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count is < 1 or > 4 || parts.Any(p => p.Length > 40)
            ? null
            : new ReportAdminPress(parts[0], parts.ElementAtOrDefault(1) ?? string.Empty, parts.ElementAtOrDefault(2) ?? string.Empty, parts.ElementAtOrDefault(3) ?? string.Empty);
    }
}
