namespace Domain.CheckIn;

/// <summary>
/// The door's buttons, encoded and read in one place. "ci:open|rot|hand:&lt;meeting&gt;" for the
/// organizer's desk; "cih:u:&lt;meeting&gt;:&lt;unit&gt;" and "cih:p:&lt;meeting&gt;:&lt;person&gt;" for checking in by hand.
/// </summary>
public sealed record CheckInButton(string Action, string MeetingId, string? Target = null)
{
    public const string DeskPrefix = Admission.FlowName;
    public const string HandPrefix = "cih";
    public const string Open = "open";
    public const string Rotate = "rot";
    public const string Hand = "hand";
    public const string Unit = "u";
    public const string Person = "p";

    /// <summary>The hand list's group of guests, in place of a unit code.</summary>
    public const string GuestGroup = "_guests";

    public string Encode() => Action is Unit or Person ? $"{HandPrefix}:{Action}:{MeetingId}:{Target}" : $"{DeskPrefix}:{Action}:{MeetingId}";

    public static CheckInButton? TryDecode(string arg)
    {
        var parts = (arg ?? string.Empty).Split(':', 3);
        return parts switch
        {
            [Open or Rotate or Hand, { Length: > 0 } meeting] => new CheckInButton(parts[0], meeting),
            [Unit or Person, { Length: > 0 } meeting, { Length: > 0 } target] => new CheckInButton(parts[0], meeting, target),
            _ => null,
        };
    }
}
