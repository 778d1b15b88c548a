using Domain.Conversations;
using Domain.Events;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// A meeting's card in /sukien opens the /baocao screen of that meeting: its rounds, and opening a
/// round for it. Only organizers; a stale or guessed button changes nothing.
/// </summary>
public sealed class MeetingReportsTests
{
    private const string OtherMeeting = "hn-20270601";

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    [Fact]
    public void The_card_shows_the_same_screen_as_baocao_for_that_meeting_only()
    {
        Open(bot);
        bot.Command(Organizer, "/baocao");
        var viaCommand = bot.LastWithButtons(Organizer)!;
        Meetings.Put(bot, Meetings.Sample(OtherMeeting, Meetings.Local(2027, 6, 1, 8, 0), Meetings.Local(2027, 5, 30, 17, 0), title: "Hội nghị tháng Sáu"));
        bot.Store.Put(new ReportingRound { Id = "rother", MeetingId = OtherMeeting, Deadline = bot.Now.AddDays(30), OpenedBy = Organizer.ToString(), OpenedAt = bot.Now.AddMinutes(1) });

        ShowReportsFromCard(Meetings.Id);

        var viaCard = bot.LastWithButtons(Organizer)!;
        Assert.Equal(viaCommand.Text.Value, viaCard.Text.Value);
        Assert.Equal(viaCommand.AllButtons()[0], viaCard.AllButtons()[0]);
        Assert.Equal([Texts.OpenRoundButton.Plain(Lang.Vi), $"rpa:open:{Meetings.Id}"], [viaCard.AllButtons()[^1].Label, viaCard.AllButtons()[^1].Data]);
        Assert.Equal(2, viaCard.AllButtons().Count);
        bot.Command(Organizer, "/baocao");
        Assert.Equal(3, bot.LastWithButtons(Organizer)!.AllButtons().Count);
    }

    [Fact]
    public void A_round_opened_from_the_card_is_for_that_meeting_without_asking_which()
    {
        ShowReportsFromCard(Meetings.Id);
        Assert.Equal(Texts.ReportsMenu.Vi(Texts.ReportsNone.Vi()), bot.LastWithButtons(Organizer)!.Text.Value);

        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));

        Assert.Equal((RoundOpening.FlowName, "Preview", Meetings.Id), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State, bot.SessionOf(Organizer)!.Get("meeting")));
        bot.Press(Organizer, Texts.OpenRoundSend.Plain(Lang.Vi));
        Assert.Equal(Meetings.Id, Assert.Single(bot.Store.All<ReportingRound>()).MeetingId);
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
    }

    public static TheoryData<string> Refused() => new() { "member", "stranger" };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_plain_member_or_a_stranger_pressing_the_encoded_buttons_is_refused_and_nothing_changes(string who)
    {
        var user = who == "member" ? Reporter : Stranger;
        var round = Open(bot);
        bot.Send(user, new TextIn("xin chào"));
        bot.Replies(user);
        var before = bot.SessionOf(user);

        bot.PressData(user, new ReportAdminPress(ReportAdminPress.OfMeeting, Meetings.Id).Encode());
        bot.PressData(user, new ReportAdminPress(ReportAdminPress.Open, Meetings.Id).Encode());

        Assert.Equal([Texts.NotAllowed.Vi(), Texts.NotAllowed.Vi()], bot.TextsTo(user));
        Assert.Equal(before?.Flow, bot.SessionOf(user)?.Flow);
        Assert.Equal([round], bot.Store.All<ReportingRound>());
        Assert.DoesNotContain(bot.Audit, a => a.By == user);
    }

    [Fact]
    public void A_card_button_of_a_deleted_meeting_is_no_longer_valid_and_nothing_changes()
    {
        var round = Open(bot);
        bot.Command(Organizer, "/sukien");
        bot.Press(Organizer, $"mtg:pick:{Meetings.Id}");
        var gone = new ChangeSet();
        gone.Delete<Meeting>(Meetings.Id);
        bot.Store.Apply(gone);
        bot.Replies(Organizer);

        bot.Press(Organizer, Texts.MeetingReportsButton.Plain(Lang.Vi));
        bot.PressData(Organizer, new ReportAdminPress(ReportAdminPress.Open, Meetings.Id).Encode());

        Assert.Equal([Texts.ButtonExpired.Vi(), Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
        Assert.Equal([round], bot.Store.All<ReportingRound>());
    }

    [Theory]
    [InlineData("rpa:m:hn-20990101")]
    [InlineData("rpa:m:")]
    [InlineData("rpa:open:hn-20990101")]
    public void A_guessed_meeting_is_no_longer_valid(string data)
    {
        bot.PressData(Organizer, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
        Assert.Empty(bot.Store.All<ReportingRound>());
    }

    private void ShowReportsFromCard(string meetingId)
    {
        bot.Command(Organizer, "/sukien");
        bot.Press(Organizer, $"mtg:pick:{meetingId}");
        bot.Press(Organizer, Texts.MeetingReportsButton.Plain(Lang.Vi));
    }
}
