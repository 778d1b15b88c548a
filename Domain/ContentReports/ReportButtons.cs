using System.Globalization;
using Domain.Conversations;

namespace Domain.ContentReports;

/// <summary>Which part of the organizers' queue a list shows.</summary>
public enum ReportView
{
    New,
    InProgress,
    Closed,
}

/// <summary>
/// Every button of the organizers' side of the reports (prefix "pq"), encoded and decoded here and
/// only here. Data comes from the client and may be forged: decoding only reads it, and the
/// handler checks who pressed it and finds the report afresh.
/// </summary>
public abstract record QueueButton : IButton<QueueButton>
{
    public const string Prefix = "pq";

    public static string Flow => Prefix;

    public abstract string Encode();

    public static QueueButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts switch
        {
            ["ov"] => new QueueOverview(),
            ["xp"] => new QueueExport(),
            ["l", var view, var page] when ViewOf(view) is { } v && Number(page, 4) is { } p => new QueueList(v, p),
            ["o", var n] when Number(n, 7) is { } number and > 0 => new QueueOpen(number),
            ["ph", var n] when Number(n, 7) is { } number and > 0 => new QueuePhotos(number),
            ["s", var n, var code] when Number(n, 7) is { } number and > 0 && ReportStatuses.FromCode(code) is { } status => new QueueSetStatus(number, status),
            _ => null,
        };
    }

    internal static string ViewCode(ReportView view) => view switch
    {
        ReportView.New => "n",
        ReportView.InProgress => "p",
        _ => "c",
    };

    private static ReportView? ViewOf(string code) => code switch
    {
        "n" => ReportView.New,
        "p" => ReportView.InProgress,
        "c" => ReportView.Closed,
        _ => null,
    };

    /// <summary>Only plain digits: int.Parse would also take " 1" or "-1" from forged data.</summary>
    private static int? Number(string text, int maxDigits) =>
        text.Length > 0 && text.Length <= maxDigits && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    protected static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}

public sealed record QueueOverview : QueueButton
{
    public override string Encode() => ButtonData.Join(Flow, "ov");
}

public sealed record QueueExport : QueueButton
{
    public override string Encode() => ButtonData.Join(Flow, "xp");
}

public sealed record QueueList(ReportView View, int Page) : QueueButton
{
    public override string Encode() => ButtonData.Join(Flow, "l", ViewCode(View), N(Page));
}

public sealed record QueueOpen(int Number) : QueueButton
{
    public override string Encode() => ButtonData.Join(Flow, "o", N(Number));
}

public sealed record QueuePhotos(int Number) : QueueButton
{
    public override string Encode() => ButtonData.Join(Flow, "ph", N(Number));
}

public sealed record QueueSetStatus(int Number, ReportStatus Status) : QueueButton
{
    public override string Encode() => ButtonData.Join(Flow, "s", N(Number), ReportStatuses.Code(Status).ToString());
}
