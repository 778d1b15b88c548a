using Domain.Conversations;
using Domain.Users;

namespace Domain.Members;

/// <summary>
/// Approve or reject on an organizer's card: the member and the <see cref="ApprovalRequests.Stamp"/>
/// of the details the card showed (none on cards from before cards had one).
/// </summary>
public sealed record ApprovalButton(bool Approve, UserKey Member, string? Stamp) : IButton<ApprovalButton>
{
    private const string Yes = "yes";
    private const string No = "no";

    public static string Flow => "appr";

    /// <summary>The decision as the member's turn reads it: "yes#stamp", "no#stamp", or the verb alone.</summary>
    public string Decision => Stamp is null ? Verb : $"{Verb}#{Stamp}";

    private string Verb => Approve ? Yes : No;

    public static ApprovalButton? Decode(IReadOnlyList<string> parts)
    {
        if (parts is not [var verb and (Yes or No), _, ..])
        {
            return null;
        }

        // The member's key holds a colon itself, so it is the rest of the data.
        var target = ButtonData.Rest(parts, 1).Split('#', 2);
        return UserKey.TryParse(target[0], out var member) ? new ApprovalButton(verb == Yes, member, target.Length == 2 ? target[1] : null) : null;
    }

    public string Encode() => ButtonData.Join(Flow, Verb, Stamp is null ? Member.ToString() : $"{Member}#{Stamp}");
}
