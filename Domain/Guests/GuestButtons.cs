using Domain.Conversations;

namespace Domain.Guests;

/// <summary>
/// Every button of the guest's invitation, encoded and read in one place: "guest:&lt;action&gt;:&lt;guest id&gt;".
/// The data names the invitation only; who may press it is checked against the record each time.
/// </summary>
public sealed record GuestButton(string Action, string GuestId) : IButton<GuestButton>
{
    public const string Consent = "ok";
    public const string Refuse = "no-consent";
    public const string Attend = "yes";
    public const string Decline = "no";
    public const string Send = "sub";
    public const string Skip = "skip";

    private static readonly string[] Actions = [Consent, Refuse, Attend, Decline, Send, Skip];

    public static string Flow => GuestInvitation.FlowName;

    public string Encode() => ButtonData.Join(Flow, Action, GuestId);

    public static GuestButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts is [var action, var id] && Actions.Contains(action) && id.Length is > 1 and <= 20 ? new GuestButton(action, id) : null;
    }
}

/// <summary>The organizer's guest desk (/khach): "khach:pick|add|import|list:&lt;meeting&gt;".</summary>
public sealed record GuestDeskButton(string Action, string MeetingId) : IButton<GuestDeskButton>
{
    public const string Pick = "pick";
    public const string Add = "add";
    public const string Import = "import";
    public const string List = "list";

    private static readonly string[] Actions = [Pick, Add, Import, List];

    public static string Flow => GuestDesk.FlowName;

    public string Encode() => ButtonData.Join(Flow, Action, MeetingId);

    public static GuestDeskButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts is [var action, { Length: > 0 } id] && Actions.Contains(action) ? new GuestDeskButton(action, id) : null;
    }
}
