using Domain.Conversations.Basics;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Notices;

namespace Domain.Conversations;

/// <summary>Every handler of the core, wired once, so the program and the tests run the same bot.</summary>
public static class CoreHandlers
{
    public static Router CreateRouter(UnitCatalog units, IEventFiles files, IDiscussionFiles discussionFiles, Guests.IGuestFiles guestFiles)
    {
        var approvals = new ApprovalRequests(units);
        var registrationActions = new RegistrationActions(units, approvals);
        var registration = new RegistrationFlow(units, registrationActions);
        var guestInvitation = new Guests.GuestInvitation();
        var hand = new CheckIn.HandCheckIn(units);
        var door = new CheckIn.CheckInDoor(guestFiles, hand);
        return new Router(
        [
            new StartCommand(registration, units, [guestInvitation, door]),
            new HelpCommand(),
            new CancelCommand(),
            new LanguageChoice(),
            registration,
            approvals,
            new PendingCommand(approvals),
            new MemberDirectory(units),
            new ProfileEditor(units, registrationActions, approvals),
            new DataErasure(),
            new Users.IdentityLinking(units),
            new Users.ChannelFallback(),
            new MeetingBoard(files),
            new RsvpFlow(),
            new MeetingReports(units, files, guestFiles),
            new MeetingEditor(),
            new Reminders(),
            new UnitDelegationFlow(units),
            .. DiscussionHandlers.Create(units, discussionFiles),
            new BroadcastFlow(units, new BroadcastActions(units)),
            new NoticeAdmin(),
            new NoticeStop(),
            guestInvitation,
            new Guests.GuestDesk(guestFiles),
            door,
            hand,
        ]);
    }
}
