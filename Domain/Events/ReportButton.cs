using Domain.Conversations;

namespace Domain.Events;

/// <summary>What an organizer asks of a meeting's answers.</summary>
public enum ReportKind
{
    Stats,
    Export,
}

/// <summary>The meeting choice of /thongke and /xuatds.</summary>
public sealed record ReportButton(ReportKind Kind, string MeetingId) : IButton<ReportButton>
{
    private const string Stats = "stats";
    private const string Export = "export";

    public static string Flow => "rep";

    public static ReportButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        [Stats, _, ..] => new ReportButton(ReportKind.Stats, ButtonData.Rest(parts, 1)),
        [Export, _, ..] => new ReportButton(ReportKind.Export, ButtonData.Rest(parts, 1)),
        _ => null,
    };

    public string Encode() => ButtonData.Join(Flow, Kind == ReportKind.Stats ? Stats : Export, MeetingId);
}
