using Domain.Text;

namespace Domain.Events;

/// <summary>
/// The words of the RSVP conversation that address the person: a member is "Anh/Chị", a guest
/// answering their own letter "Đồng chí", as the letter itself says.
/// </summary>
public sealed record RsvpWording(Msg Attending, Msg Declined, Msg Delegated, Msg AskReason, Msg Closed, Msg TextExpected)
{
    public static readonly RsvpWording Member = new(Texts.RsvpAttending, Texts.RsvpDeclined, Texts.RsvpDelegated, Texts.AskReason, Texts.RsvpClosed, Texts.TextExpected);

    public static readonly RsvpWording Guest = new(Texts.GuestRsvpAttending, Texts.GuestRsvpDeclined, Texts.GuestRsvpDelegated, Texts.GuestAskReason, Texts.GuestRsvpClosed, Texts.GuestTextExpected);
}
