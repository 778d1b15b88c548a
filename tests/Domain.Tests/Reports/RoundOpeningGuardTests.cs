using Domain.Conversations;
using Domain.Events;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// Opening a round that fits its meeting: only meetings not yet ended are offered, with their
/// dates; the deadline comes before the meeting; one open round per meeting and period; a text
/// where buttons are expected asks the step again with its buttons.
/// </summary>
public sealed class RoundOpeningGuardTests
{
    private static readonly Domain.Users.UserKey Organizer = ConversationDriver.Organizer;

    private static ConversationDriver AtPreview(ConversationDriver? bot = null)
    {
        bot ??= Driver();
        bot.Command(Organizer, "/baocao");
        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.Press(Organizer, MeetingChoice());
        bot.TextsTo(Organizer);
        return bot;
    }

    private static List<string> Labels(ConversationDriver bot) => bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();

    [Theory]
    [InlineData("30/4/2027")]
    [InlineData("27/4/2027")]
    [InlineData("27/4/2027 8:30")]
    public void A_deadline_after_the_meetings_start_is_refused_naming_the_start_and_the_preview_is_shown_again(string typed)
    {
        var bot = AtPreview();

        bot.Text(Organizer, typed);

        var replies = bot.Replies(Organizer).OfType<TextOut>().ToList();
        Assert.Equal(Texts.RoundDeadlineAfterMeeting.Vi(Meetings.When(Meetings.Start)), replies[0].Text.Value);
        Assert.Contains(Texts.OpenRoundSend.Plain(Lang.Vi), replies[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Null(bot.SessionOf(Organizer)!.Get("deadline"));
        bot.Text(Organizer, "27/4/2027 7:30");
        bot.Press(Organizer, Texts.OpenRoundSend.Plain(Lang.Vi));
        Assert.Equal(Meetings.Local(2027, 4, 27, 7, 30), bot.Store.All<ReportingRound>().Single().Deadline);
    }

    [Fact]
    public void The_meeting_picker_shows_each_meeting_with_its_date_soonest_first_and_none_that_has_ended()
    {
        var bot = Driver();
        var ended = Meetings.Put(bot, Meetings.Sample("hn-2026", startsAt: Meetings.Local(2026, 4, 27, 8, 0), deadline: Meetings.Local(2026, 4, 25, 17, 0)));
        var later = Meetings.Put(bot, Meetings.Sample("hn-2027-6", startsAt: Meetings.Local(2027, 6, 1, 8, 0), deadline: Meetings.Local(2027, 5, 30, 17, 0)));
        bot.Command(Organizer, "/baocao");

        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));

        Assert.Equal([MeetingChoice(), MeetingFormat.Choice(later, Meetings.Saigon, Lang.Vi)], Labels(bot));
        Assert.DoesNotContain(Labels(bot), l => l.Contains("2026", StringComparison.Ordinal) && l.Contains(ended.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void With_every_meeting_ended_nothing_is_offered_and_no_conversation_begins()
    {
        var bot = Driver();
        bot.Now = Meetings.Start.AddHours(5);
        bot.Command(Organizer, "/baocao");
        bot.TextsTo(Organizer);

        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));

        Assert.Equal([Texts.NoMeetings.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
    }

    [Fact]
    public void An_ended_meeting_gets_no_round_from_its_card_nor_from_a_picker_shown_before_it_ended()
    {
        var bot = Driver();
        bot.Command(Organizer, "/baocao");
        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.Now = Meetings.Start.AddHours(5);
        bot.TextsTo(Organizer);

        bot.Press(Organizer, MeetingChoice());
        bot.PressData(Organizer, new ReportAdminPress(ReportAdminPress.Open, Meetings.Id).Encode());

        Assert.Equal([Texts.ButtonExpired.Vi(), Texts.RoundMeetingEnded.Vi(Meetings.Sample().Label)], bot.TextsTo(Organizer));
        Assert.NotEqual(RoundOpeningMachine.State.Preview, bot.SessionOf(Organizer)!.Step<RoundOpeningMachine.State>());
        Assert.Empty(bot.Store.All<ReportingRound>());
    }

    [Fact]
    public void A_second_round_of_an_open_rounds_meeting_and_period_offers_its_progress_instead_and_opens_nothing()
    {
        var bot = Driver();
        var first = Open(bot);
        bot.Command(Organizer, "/baocao");
        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.TextsTo(Organizer);
        bot.Press(Organizer, MeetingChoice());
        var preview = bot.TextsTo(Organizer).Single();
        var nonce = bot.SessionOf(Organizer)!.Get("nonce")!;

        Assert.EndsWith(Texts.RoundAlreadyOpen.Vi("2021–2023", Domain.Events.MeetingFormat.Inline(first.Deadline, Meetings.Saigon, Lang.Vi)), preview, StringComparison.Ordinal);
        Assert.Equal(Texts.RoundOpenProgress.Plain(Lang.Vi), Labels(bot)[0]);
        Assert.DoesNotContain(Texts.OpenRoundSend.Plain(Lang.Vi), Labels(bot));
        bot.PressData(Organizer, new RoundOpeningButton(nonce, RoundOpeningButton.Open).Encode());
        Assert.Single(bot.Store.All<ReportingRound>());
        Assert.EndsWith(Texts.RoundAlreadyOpen.Vi("2021–2023", Domain.Events.MeetingFormat.Inline(first.Deadline, Meetings.Saigon, Lang.Vi)), bot.TextsTo(Organizer).Single(), StringComparison.Ordinal);

        bot.Press(Organizer, Texts.RoundOpenProgress.Plain(Lang.Vi));

        Assert.StartsWith(Texts.ReportProgressHeader.Vi(Texts.RoundLabel.Vi(Meetings.Sample().Label, "2021–2023"), Meetings.When(first.Deadline)).Split('\n')[0], bot.TextsTo(Organizer).Single(), StringComparison.Ordinal);
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
        Assert.Single(bot.Store.All<ReportingRound>());
    }

    [Theory]
    [InlineData("member")]
    [InlineData("stranger")]
    [InlineData("no twin")]
    public void The_open_rounds_progress_button_pressed_by_someone_else_or_with_no_round_open_shows_nothing(string who)
    {
        var bot = Driver();
        if (who != "no twin")
        {
            Open(bot);
        }

        AtPreview(bot);
        var data = new RoundOpeningButton(bot.SessionOf(Organizer)!.Get("nonce")!, RoundOpeningButton.SeeOpen).Encode();
        var user = who switch { "member" => Reporter, "stranger" => Stranger, _ => Organizer };
        bot.TextsTo(user);

        bot.PressData(user, data);

        Assert.DoesNotContain(bot.TextsTo(user), t => t.Contains("Phường 8", StringComparison.Ordinal));
        Assert.Equal(RoundOpeningMachine.State.Preview, bot.SessionOf(Organizer)!.Step<RoundOpeningMachine.State>());
    }

    [Fact]
    public void Another_period_for_the_same_meeting_opens_and_a_closed_rounds_period_may_open_again()
    {
        var bot = Driver();
        var first = Open(bot);
        AtPreview(bot);

        bot.Text(Organizer, "2024-2026");
        Assert.Contains(Texts.OpenRoundSend.Plain(Lang.Vi), Labels(bot));
        bot.Press(Organizer, Texts.OpenRoundSend.Plain(Lang.Vi));
        Assert.Equal(2, bot.Store.All<ReportingRound>().Count);

        bot.Store.Put(first with { Deadline = bot.Now });
        AtPreview(bot);
        Assert.Contains(Texts.OpenRoundSend.Plain(Lang.Vi), Labels(bot));
    }

    [Fact]
    public void A_text_where_buttons_are_expected_asks_the_step_again_with_its_buttons()
    {
        var bot = Driver();
        bot.Command(Organizer, "/baocao");
        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.TextsTo(Organizer);

        bot.Text(Organizer, "abc");
        var meeting = bot.Replies(Organizer).OfType<TextOut>().ToList();
        bot.Press(Organizer, MeetingChoice());
        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        bot.TextsTo(Organizer);
        bot.Text(Organizer, "Phường 99");
        var units = bot.Replies(Organizer).OfType<TextOut>().ToList();
        bot.Press(Organizer, Texts.RoundBack.Plain(Lang.Vi));
        bot.TextsTo(Organizer);
        bot.Text(Organizer, "abc");
        var preview = bot.Replies(Organizer).OfType<TextOut>().ToList();

        Assert.Equal([Texts.UseButtons.Vi(), Texts.OpenRoundChooseMeeting.Vi()], meeting.Select(t => t.Text.Value));
        Assert.Contains(MeetingChoice(), meeting[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Equal([Texts.UseButtons.Vi(), Texts.RoundChooseUnits.Vi(0)], units.Select(t => t.Text.Value));
        Assert.Contains("☐ Phường 8", units[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Equal(Texts.OpenRoundBadInput.Vi(), preview[0].Text.Value);
        Assert.Contains(Texts.OpenRoundSend.Plain(Lang.Vi), preview[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public void The_nomination_list_names_the_nominees_unit_and_the_unit_that_proposed_them()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        bot.TextsTo(Organizer);

        bot.PressData(Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());

        var line = Texts.NominationAdminLineOtherUnit.Vi(1, string.Empty, "Trần Văn Bình", "Phường 9", "Phường 8", Texts.NomineePerson.Plain(Lang.Vi), "Viết 120 bài năm 2023");
        Assert.Contains(line, bot.TextsTo(Organizer)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_rounds_notice_and_reminder_are_named_by_the_round_in_the_notices_lists()
    {
        var bot = Driver();
        var round = Open(bot);
        bot.PressData(Organizer, new ReportAdminPress(ReportAdminPress.Remind, round.Id).Encode());

        var label = Texts.RoundLabel.Vi(Meetings.Sample().Label, "2021–2023");
        var notices = bot.Store.All<Domain.Notices.Notice>().OrderBy(n => n.Id.Contains("-n", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [Texts.RoundNoticeTitle.Vi(label), Texts.RoundReminderTitle.Vi(label)],
            notices.Select(Domain.Notices.NoticeLabel.Opening));
    }
}
