using Domain.ContentReports;
using Domain.Conversations.Basics;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Notices;
using Domain.Team;

namespace Domain.Conversations;

/// <summary>Every handler of the core, wired once, so the program and the tests run the same bot.</summary>
public static class CoreHandlers
{
    public static Router CreateRouter(UnitCatalog units, IEventFiles files, IDiscussionFiles discussionFiles, ITeamFiles teamFiles, Guests.IGuestFiles guestFiles, Campaigns.ICampaignFiles? campaignFiles = null, IContentReportFiles? contentReportFiles = null, Reports.IReportFiles? reportFiles = null)
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
            .Flow(registration).FlowButtons(registration)
            .OrganizerButtons(approvals).Signal(approvals)
            .Command(new PendingCommand(approvals))
            .Command(directory).OrganizerButtons(directory)
            .Command(profile).Buttons(profile).Flow(profile)
            .Command(erasure).Buttons(erasure)
            .Command(linking).Buttons(linking).Signal(linking)
            .Signal(new Users.ChannelFallback())
            .Command(board).Buttons(board)
            .Flow(rsvp).Buttons(rsvp)
            .Command(reports).OrganizerButtons(reports)
            .Command(editor).Buttons(editor).Flow(editor)
            .Signal(new Reminders())
            .Flow(delegation).Buttons(delegation)
            .Command(broadcast).Flow(broadcast).FlowButtons(broadcast)
            .Command(notices).OrganizerButtons(notices).Signal(notices)
            .Signal(new NoticeStop())
            .Command(new RosterCommand(units, teamFiles))
            .Command(new UnitQrCommand(units, teamFiles))
            .Flow(guestInvitation).Buttons(guestInvitation)
            .Command(guestDesk).OrganizerButtons(guestDesk).Flow(guestDesk)
            .Command(door).OrganizerButtons(door).Flow(door)
            .OrganizerButtons(hand);
        DiscussionHandlers.Register(builder, units, discussionFiles);
        Campaigns.CampaignHandlers.Register(builder, units, campaignFiles ?? Campaigns.NoCampaignFiles.Instance);
        ContentReportHandlers.Register(builder, units, contentReportFiles ?? NoContentReportFiles.Instance);
        return Reports.ReportHandlers.Register(builder, units, reportFiles ?? Reports.NoReportFiles.Instance).Build();
    }
}
