namespace Domain.Tests.Fuzz;

/// <summary>
/// One thing a person does, described before the run so that FsCheck can generate and print it; it
/// becomes an inbound event only when it runs (<see cref="FuzzWorld.Resolve"/>), because what "press
/// the second button shown" means depends on what the bot said before.
/// </summary>
public abstract record FuzzAction
{
    /// <summary>Typed text: on Telegram a command or text; on Zalo and the console a number or label may press a shown choice.</summary>
    public sealed record Type(string Text) : FuzzAction;

    /// <summary>Presses button <paramref name="Index"/> (modulo their number) of the last message with buttons the person got.</summary>
    public sealed record PressShown(int Index) : FuzzAction;

    /// <summary>Presses a button any person was shown at any time before (a stale or someone else's button).</summary>
    public sealed record PressStale(int Index) : FuzzAction;

    /// <summary>Sends button data the bot never showed: forged by a modified client.</summary>
    public sealed record PressForged(string Data) : FuzzAction;

    /// <summary>Shares a phone contact: the person's own (<paramref name="OwnerOf"/> null), another person's, or one without an owner.</summary>
    public sealed record Contact(string Phone, int? OwnerOf, bool NoOwner) : FuzzAction;

    /// <summary>A photo or a document, with an optional caption.</summary>
    public sealed record Media(bool Photo, string? Caption) : FuzzAction;

    /// <summary>
    /// What a cooperative person would do now: the answer the current question asks for, one of the
    /// buttons just shown, or a command that fits their role; so that the runs reach deep states.
    /// </summary>
    public sealed record Cooperate(int Seed) : FuzzAction;

    /// <summary>Time passes: answers close at the deadline, comments when the meeting starts.</summary>
    public sealed record Wait(int Minutes) : FuzzAction;

    /// <summary>A sticker, a voice note, a Zalo event the bot does not read.</summary>
    public sealed record Unsupported(string What) : FuzzAction;
}

/// <summary>One step of a run: who does what.</summary>
public sealed record FuzzStep(int Actor, FuzzAction Action)
{
    public override string ToString() => $"#{Actor} {Action}";
}

/// <summary>A whole run; printed short, because FsCheck prints the failing input and the failure says which steps matter.</summary>
public sealed record FuzzRun(IReadOnlyList<FuzzStep> Steps)
{
    public override string ToString() => $"{Steps.Count} steps";
}
