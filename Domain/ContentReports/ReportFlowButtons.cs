using Domain.Conversations;

namespace Domain.ContentReports;

/// <summary>The item a member may go back to from the preview.</summary>
public enum ReportField
{
    Evidence,
    Platform,
    Description,
    Place,
}

/// <summary>
/// Every button of the member's report conversation (prefix "pa"), encoded and decoded here and
/// only here. All but <see cref="ReportBegin"/> carry the conversation's nonce, so a button of an
/// earlier conversation is refused.
/// </summary>
public abstract record ReportFlowButton : IButton<ReportFlowButton>
{
    public const string Prefix = "pa";

    public static string Flow => Prefix;

    public abstract string Encode();

    public static ReportFlowButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts switch
        {
            ["new"] => new ReportBegin(),
            ["go", var nonce] => new ReportStep(nonce, ReportVerb.Continue),
            ["skip", var nonce] => new ReportStep(nonce, ReportVerb.SkipPlace),
            ["send", var nonce] => new ReportStep(nonce, ReportVerb.Send),
            ["edit", var nonce] => new ReportStep(nonce, ReportVerb.Edit),
            ["cancel", var nonce] => new ReportStep(nonce, ReportVerb.Cancel),
            ["back", var nonce] => new ReportStep(nonce, ReportVerb.Back),
            ["pf", var nonce, var code] when PlatformOf(code) is { } platform => new ReportPlatformChoice(nonce, platform),
            ["f", var nonce, var code] when FieldOf(code) is { } field => new ReportFieldChoice(nonce, field),
            _ => null,
        };
    }

    internal static string Code(ReportPlatform platform) => ((int)platform).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static string Code(ReportField field) => field switch
    {
        ReportField.Evidence => "e",
        ReportField.Platform => "p",
        ReportField.Description => "d",
        _ => "l",
    };

    private static ReportPlatform? PlatformOf(string code) =>
        code.Length == 1 && char.IsAsciiDigit(code[0]) && Enum.IsDefined((ReportPlatform)(code[0] - '0')) ? (ReportPlatform)(code[0] - '0') : null;

    private static ReportField? FieldOf(string code) => code switch
    {
        "e" => ReportField.Evidence,
        "p" => ReportField.Platform,
        "d" => ReportField.Description,
        "l" => ReportField.Place,
        _ => null,
    };
}

public enum ReportVerb
{
    Continue,
    SkipPlace,
    Send,
    Edit,
    Cancel,
    Back,
}

/// <summary>Starts a new report (from the list of one's reports or the organizers' queue).</summary>
public sealed record ReportBegin : ReportFlowButton
{
    public override string Encode() => ButtonData.Join(Flow, "new");
}

public sealed record ReportStep(string Nonce, ReportVerb Verb) : ReportFlowButton
{
    public override string Encode() => Verb switch
    {
        ReportVerb.Continue => ButtonData.Join(Flow, "go", Nonce),
        ReportVerb.SkipPlace => ButtonData.Join(Flow, "skip", Nonce),
        ReportVerb.Send => ButtonData.Join(Flow, "send", Nonce),
        ReportVerb.Edit => ButtonData.Join(Flow, "edit", Nonce),
        ReportVerb.Cancel => ButtonData.Join(Flow, "cancel", Nonce),
        _ => ButtonData.Join(Flow, "back", Nonce),
    };
}

public sealed record ReportPlatformChoice(string Nonce, ReportPlatform Platform) : ReportFlowButton
{
    public override string Encode() => ButtonData.Join(Flow, "pf", Nonce, Code(Platform));
}

public sealed record ReportFieldChoice(string Nonce, ReportField Field) : ReportFlowButton
{
    public override string Encode() => ButtonData.Join(Flow, "f", Nonce, Code(Field));
}
