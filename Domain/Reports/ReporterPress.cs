using Domain.Conversations;

namespace Domain.Reports;

/// <summary>
/// The "rpr" family: naming a unit's reporters for a round's report. "rpr:u:&lt;round&gt;" lists the
/// round's units (organizers), "rpr:s:&lt;round&gt;:&lt;unit&gt;" shows a unit's reporters,
/// "rpr:c:…" the members who may be named, "rpr:n:&lt;round&gt;:&lt;unit&gt;:&lt;member&gt;" names one and
/// "rpr:r:…" removes one. The member's id comes last, as it holds the separator. Every press is
/// checked again: who presses, the round still open, the member still an approved member of the unit.
/// </summary>
public sealed record ReporterPress(string Verb, string Round, string Unit = "", string Member = "") : IButton<ReporterPress>
{
    public const string Units = "u";
    public const string Show = "s";
    public const string Choose = "c";
    public const string Name = "n";
    public const string Remove = "r";

    public static string Flow => "rpr";

    public static ReporterPress? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count < 2 || parts[1].Length is 0 or > 40 || parts.Take(3).Any(p => p.Length > 40))
        {
            return null;
        }

        return (parts[0], parts.Count) switch
        {
            (Units, 2) => new ReporterPress(Units, parts[1]),
            (Show or Choose, 3) when parts[2].Length > 0 => new ReporterPress(parts[0], parts[1], parts[2]),
            (Name or Remove, >= 4) when parts[2].Length > 0 && ButtonData.Rest(parts, 3) is { Length: > 0 and <= 40 } member => new ReporterPress(parts[0], parts[1], parts[2], member),
            _ => null,
        };
    }

    public string Encode() => Verb switch
    {
        Units => ButtonData.Join(Flow, Verb, Round),
        Show or Choose => ButtonData.Join(Flow, Verb, Round, Unit),
        _ => ButtonData.Join(Flow, Verb, Round, Unit, Member),
    };
}
