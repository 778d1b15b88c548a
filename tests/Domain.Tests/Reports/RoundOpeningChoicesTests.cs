using Domain.Conversations;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>The preview's typed changes and unit choices: one preview per change, the list shown again when needed.</summary>
public sealed class RoundOpeningChoicesTests
{
    private static readonly Domain.Users.UserKey Organizer = ConversationDriver.Organizer;

    private static ConversationDriver AtPreview(DateTimeOffset? now = null, Domain.Events.Meeting? meeting = null)
    {
        var bot = Driver();
        bot.Now = now ?? bot.Now;
        meeting = meeting is null ? Meetings.Sample() : Meetings.Put(bot, meeting);
        bot.Command(Organizer, "/baocao");
        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.Press(Organizer, Domain.Events.MeetingFormat.Choice(meeting, Meetings.Saigon, Lang.Vi));
        bot.TextsTo(Organizer);
        return bot;
    }

    private static ReportingRound OpenNow(ConversationDriver bot)
    {
        bot.Press(Organizer, Texts.OpenRoundSend.Plain(Lang.Vi));
        return bot.Store.All<ReportingRound>().Single();
    }

    private static List<string> Labels(ConversationDriver bot) => bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();

    [Fact]
    public void A_typed_period_gives_one_preview_with_the_whole_new_period()
    {
        var bot = AtPreview();

        bot.Text(Organizer, "2020-2022");

        var preview = Assert.Single(bot.TextsTo(Organizer));
        Assert.Contains("2020–2022", preview, StringComparison.Ordinal);
        Assert.Equal([2020, 2021, 2022], OpenNow(bot).Years);
    }

    [Fact]
    public void Done_with_no_unit_shows_the_list_again_after_the_message()
    {
        var bot = AtPreview();
        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        bot.TextsTo(Organizer);

        bot.Press(Organizer, Texts.RoundUnitsDone.For(Lang.Vi, 0).ToPlain());

        var replies = bot.Replies(Organizer).OfType<TextOut>().ToList();
        Assert.Equal(Texts.RoundNoUnitChosen.Vi(), replies[0].Text.Value);
        Assert.Equal(Texts.RoundChooseUnits.Vi(0), replies[^1].Text.Value);
        Assert.Contains(replies[^1].Buttons.SelectMany(r => r), b => b.Label == "☐ Phường 8");
        bot.Press(Organizer, "☐ Phường 8");
        bot.Press(Organizer, Texts.RoundUnitsDone.For(Lang.Vi, 1).ToPlain());
        Assert.Equal(["P08"], OpenNow(bot).RequiredUnits);
    }

    [Fact]
    public void The_list_after_a_group_starts_with_the_groups_units_ticked()
    {
        var bot = AtPreview();
        bot.Press(Organizer, Texts.AudienceGroup.Plain(Lang.Vi));
        bot.Press(Organizer, $"{Texts.GroupMemberOrganizations.Plain(Lang.Vi)} (1)");

        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));

        Assert.Equal(Texts.RoundChooseUnits.Vi(1), bot.TextsTo(Organizer)[^1]);
        Assert.Contains("☑ Hội Liên hiệp Phụ nữ", Labels(bot));
        Assert.Equal(["HPN"], RoundOpeningMachine.PickedIn(bot.SessionOf(Organizer)!));
    }

    [Fact]
    public void The_wards_only_choice_is_offered_and_the_choice_in_force_is_ticked()
    {
        var bot = AtPreview();
        Assert.Contains(Texts.UnitChoiceSelected.Vi(Texts.UnitsDefault.Plain(Lang.Vi)), Labels(bot));
        Assert.Contains(Texts.UnitsWards.Plain(Lang.Vi), Labels(bot));

        bot.Press(Organizer, Texts.UnitsWards.Plain(Lang.Vi));

        Assert.Contains(Texts.UnitChoiceSelected.Vi(Texts.UnitsWards.Plain(Lang.Vi)), Labels(bot));
        Assert.Contains(Texts.UnitsDefault.Plain(Lang.Vi), Labels(bot));
        Assert.Equal(ReportingRound.WardUnits(ConversationDriver.Units), OpenNow(bot).RequiredUnits);
    }

    [Fact]
    public void The_default_deadline_a_week_on_falls_at_17_00()
    {
        var now = Meetings.Deadline.AddDays(1).AddMinutes(9);
        var bot = AtPreview(now, Meetings.Sample(startsAt: Meetings.Local(2027, 5, 27, 8, 0)));

        var deadline = TimeZoneInfo.ConvertTime(OpenNow(bot).Deadline, Meetings.Saigon);

        Assert.Equal((now.AddDays(7).Date, 17, 0), (deadline.Date, deadline.Hour, deadline.Minute));
    }

    [Theory]
    [InlineData("20/4/2027", 17, 0)]
    [InlineData("20/4/2027 17:00", 17, 0)]
    [InlineData("20/4/2027 9:30", 9, 30)]
    [InlineData("16g15 20/4/2027", 16, 15)]
    public void A_typed_deadline_takes_its_time_or_17_00(string typed, int hour, int minute)
    {
        var bot = AtPreview();

        bot.Text(Organizer, typed);

        Assert.Single(bot.TextsTo(Organizer));
        Assert.Equal(Meetings.Local(2027, 4, 20, hour, minute), OpenNow(bot).Deadline);
    }
}
