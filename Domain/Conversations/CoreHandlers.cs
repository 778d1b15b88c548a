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
        var languages = new LanguageChoice();
        var directory = new MemberDirectory(units);
        var profile = new ProfileEditor(units, registrationActions, approvals);
        var erasure = new DataErasure();
        var linking = new Users.IdentityLinking(units);
        var board = new MeetingBoard(files);
        var rsvp = new RsvpFlow();
        var reports = new MeetingReports(units, files, guestFiles);
        var guestInvitation = new Guests.GuestInvitation();
        var guestDesk = new Guests.GuestDesk(guestFiles);
        var hand = new CheckIn.HandCheckIn(units);
        var door = new CheckIn.CheckInDoor(guestFiles, hand);
        var editor = new MeetingEditor();
        var delegation = new UnitDelegationFlow(units);
        var broadcast = new BroadcastFlow(units, new BroadcastActions(units));
        var notices = new NoticeAdmin();
        var builder = new RouterBuilder()
            .Command(new StartCommand(registration, units, [guestInvitation, door]))
            .Command(new HelpCommand())
            .Command(new CancelCommand())
            .Command(languages).Buttons(languages)
            .Flow(registration)
            .UntypedButtons(approvals).Signal(approvals)
            .Command(new PendingCommand(approvals))
            .Command(directory).UntypedButtons(directory)
            .Command(profile).UntypedButtons(profile).Flow(profile)
            .Command(erasure).Buttons(erasure)
            .Command(linking).UntypedButtons(linking).Signal(linking)
            .Signal(new Users.ChannelFallback())
            .Command(board).UntypedButtons(board)
            .Flow(rsvp).Buttons(rsvp)
            .Command(reports).UntypedButtons(reports)
            .Command(editor).UntypedButtons(editor).Flow(editor)
            .Signal(new Reminders())
            .Flow(delegation).UntypedButtons(delegation)
            .Command(broadcast).Flow(broadcast)
            .Command(notices).UntypedButtons(notices).Signal(notices)
            .Signal(new NoticeStop())
            .Flow(guestInvitation).UntypedButtons(guestInvitation)
            .Command(guestDesk).UntypedButtons(guestDesk).Flow(guestDesk)
            .Command(door).UntypedButtons(door).Flow(door)
            .UntypedButtons(hand);
        return DiscussionHandlers.Register(builder, units, discussionFiles).Build();
    }
}
