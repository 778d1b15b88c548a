using System.Text.RegularExpressions;
using Domain.Conversations;
using Domain.Guests;
using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>Accepting the nomination of someone who is not a member makes their guest invitation, once.</summary>
public sealed partial class NomineeGuestTests
{
    private static readonly Domain.Users.UserKey Visitor = new("tg", "3001");

    /// <summary>A sent report of Phường 8 nominating "Trần Văn Bình", who is no member (the member of Phường 9 left).</summary>
    private static ReportingRound SentWithoutTheMember(ConversationDriver bot)
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        var gone = new ChangeSet();
        gone.Delete<Member>(OtherUnit.ToString());
        bot.Store.Apply(gone);
        return round;
    }

    private static void Accept(ConversationDriver bot, ReportingRound round) =>
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Accept, round.Id, "P08", "0").Encode());

    [Fact]
    public void Accepting_a_non_member_makes_a_guest_invitation_whose_link_opens_the_formal_invitation()
    {
        var bot = Driver();
        var round = SentWithoutTheMember(bot);
        bot.TextsTo(ConversationDriver.Organizer);

        Accept(bot, round);

        var guest = Assert.Single(bot.Store.All<Guest>());
        Assert.Equal(("Trần Văn Bình", "Phường 9", "Viết 120 bài năm 2023", Meetings.Sample().Id), (guest.FullName, guest.Unit, guest.Position, guest.MeetingId));
        var nomination = ReportOf(bot, round)!.Current!.Content.Nominations[0];
        Assert.True(nomination.Accepted);
        Assert.Equal(guest.Id, nomination.GuestId);
        Assert.Null(nomination.MemberId);
        var texts = bot.TextsTo(ConversationDriver.Organizer);
        Assert.Equal(Texts.NomineeGuestInvited.Vi("Trần Văn Bình", Meetings.Sample().Label), texts[0]);
        var payload = Payload().Match(texts[1]).Value;
        Assert.StartsWith(Texts.GuestLinkCreated.Vi("Trần Văn Bình", "x", "y", "z")[..30], texts[1], StringComparison.Ordinal);
        Brackets.NotNested(texts[1]);
        Assert.Contains(bot.Audit, a => a.Action == "guest.created" && a.Subject == guest.Id);

        bot.Command(Visitor, $"/start {payload}");
        Assert.Contains(bot.TextsTo(Visitor), t => t.Contains("Trần Văn Bình", StringComparison.Ordinal) && t.Contains(Meetings.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Accepting_twice_makes_nothing_new()
    {
        var bot = Driver();
        var round = SentWithoutTheMember(bot);
        Accept(bot, round);
        bot.TextsTo(ConversationDriver.Organizer);

        Accept(bot, round);

        Assert.Single(bot.Store.All<Guest>());
        Assert.Equal([Texts.NominationAlreadyAccepted.Vi()], bot.TextsTo(ConversationDriver.Organizer));
    }

    [Fact]
    public void Sending_the_report_again_keeps_the_acceptance_and_its_invitation()
    {
        var bot = Driver();
        var round = SentWithoutTheMember(bot);
        Accept(bot, round);
        var guestId = Assert.Single(bot.Store.All<Guest>()).Id;

        Start(bot, Reporter, round);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        Accept(bot, round);

        var nomination = ReportOf(bot, round)!.Current!.Content.Nominations[0];
        Assert.Equal(2, ReportOf(bot, round)!.Versions.Count);
        Assert.True(nomination.Accepted);
        Assert.Equal(guestId, nomination.GuestId);
        Assert.Single(bot.Store.All<Guest>());
    }

    [Fact]
    public void A_nominee_already_invited_as_a_guest_keeps_that_invitation()
    {
        var bot = Driver();
        var round = SentWithoutTheMember(bot);
        Domain.Tests.Guests.GuestJourney.Invite(bot, "Trần Văn Bình | Phường 9 | Cán bộ | 0912345678");
        bot.TextsTo(ConversationDriver.Organizer);

        Accept(bot, round);

        var guest = Assert.Single(bot.Store.All<Guest>());
        Assert.Equal(guest.Id, ReportOf(bot, round)!.Current!.Content.Nominations[0].GuestId);
        Assert.Equal([Texts.NomineeGuestExists.Vi("Trần Văn Bình", Meetings.Sample().Label)], bot.TextsTo(ConversationDriver.Organizer));
    }

    [Fact]
    public void After_the_meeting_no_invitation_is_made()
    {
        var bot = Driver();
        var round = SentWithoutTheMember(bot);
        bot.Now = Meetings.Sample().Ends.AddMinutes(1);
        bot.TextsTo(ConversationDriver.Organizer);

        Accept(bot, round);

        Assert.Empty(bot.Store.All<Guest>());
        Assert.Equal([Texts.NomineeGuestMeetingEnded.Vi("Trần Văn Bình", Meetings.Sample().Label)], bot.TextsTo(ConversationDriver.Organizer));
        Assert.True(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);
    }

    [Fact]
    public void A_plain_member_cannot_accept_a_nomination()
    {
        var bot = Driver();
        var round = SentWithoutTheMember(bot);

        bot.PressData(Reporter, new ReportAdminPress(ReportAdminPress.Accept, round.Id, "P08", "0").Encode());

        Assert.Empty(bot.Store.All<Guest>());
        Assert.False(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);
    }

    [GeneratedRegex("g_[A-Za-z0-9]{22}")]
    private static partial Regex Payload();
}
