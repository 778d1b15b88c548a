using System.Globalization;
using Domain.Conversations;

namespace Domain.CheckIn;

/// <summary>
/// The organizer's door desk, encoded and read in one place: "ci:open|rot|hand:&lt;meeting&gt;", and
/// "ci:rotok:&lt;meeting&gt;:&lt;version&gt;" confirming a new code for the door of that version only,
/// so a confirmation left in the chat does not void a code another organizer has just shown.
/// </summary>
public sealed record CheckInButton(string Action, string MeetingId, int Version = 0) : IButton<CheckInButton>
{
    public const string Open = "open";
    public const string Rotate = "rot";
    public const string RotateNow = "rotok";
    public const string Hand = "hand";

    public static string Flow => Admission.FlowName;

    public string Encode() => Action == RotateNow
        ? ButtonData.Join(Flow, Action, MeetingId, Version.ToString(CultureInfo.InvariantCulture))
        : ButtonData.Join(Flow, Action, MeetingId);

    public static CheckInButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts switch
        {
            [Open or Rotate or Hand, { Length: > 0 } meeting] => new CheckInButton(parts[0], meeting),
            [RotateNow, { Length: > 0 } meeting, var version] when VersionOf(version) is { } v => new CheckInButton(RotateNow, meeting, v),
            _ => null,
        };
    }

    private static int? VersionOf(string text) =>
        text.Length is > 0 and <= 9 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
}

/// <summary>Checking in by hand: "cih:u:&lt;meeting&gt;:&lt;unit&gt;" and "cih:p:&lt;meeting&gt;:&lt;person&gt;".</summary>
public sealed record HandCheckInButton(string Action, string MeetingId, string Target) : IButton<HandCheckInButton>
{
    public const string Unit = "u";
    public const string Person = "p";

    /// <summary>The hand list's group of guests, in place of a unit code.</summary>
    public const string GuestGroup = "_guests";

    public static string Flow => "cih";

    public string Encode() => ButtonData.Join(Flow, Action, MeetingId, Target);

    public static HandCheckInButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count >= 3 && parts[0] is Unit or Person && parts[1].Length > 0 && ButtonData.Rest(parts, 2) is { Length: > 0 } target
            ? new HandCheckInButton(parts[0], parts[1], target)
            : null;
    }
}
