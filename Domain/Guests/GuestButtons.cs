namespace Domain.Guests;

/// <summary>
/// Every button of the guest's invitation, encoded and read in one place: "guest:&lt;action&gt;:&lt;guest id&gt;".
/// The data names the invitation only; who may press it is checked against the record each time.
/// </summary>
public sealed record GuestButton(string Action, string GuestId)
{
    public const string Prefix = GuestInvitation.FlowName;
    public const string Consent = "ok";
    public const string Refuse = "no-consent";
    public const string Attend = "yes";
    public const string Decline = "no";
    public const string Send = "sub";
    public const string Skip = "skip";

    private static readonly string[] Actions = [Consent, Refuse, Attend, Decline, Send, Skip];

    public string Encode() => $"{Prefix}:{Action}:{GuestId}";

    public static GuestButton? TryDecode(string arg)
    {
        var parts = (arg ?? string.Empty).Split(':');
        return parts.Length == 2 && Actions.Contains(parts[0]) && parts[1].Length is > 1 and <= 20 ? new GuestButton(parts[0], parts[1]) : null;
    }
}
