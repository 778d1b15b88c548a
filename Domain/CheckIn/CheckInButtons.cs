using Domain.Conversations;

namespace Domain.CheckIn;

/// <summary>The organizer's door desk, encoded and read in one place: "ci:open|rot|hand:&lt;meeting&gt;".</summary>
public sealed record CheckInButton(string Action, string MeetingId) : IButton<CheckInButton>
{
    public const string Open = "open";
    public const string Rotate = "rot";
    public const string Hand = "hand";

    public static string Flow => Admission.FlowName;

    public string Encode() => ButtonData.Join(Flow, Action, MeetingId);

    public static CheckInButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts switch
        {
            [Open or Rotate or Hand, { Length: > 0 } meeting] => new CheckInButton(parts[0], meeting),
            _ => null,
        };
    }
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
