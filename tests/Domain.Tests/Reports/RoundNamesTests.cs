using Domain.Conversations;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>Two rounds of one meeting have their own file names and their own title for the reporters.</summary>
public sealed class RoundNamesTests
{
    private static List<string> Files(ConversationDriver bot, ReportingRound round)
    {
        bot.Replies(ConversationDriver.Organizer);
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Summary, round.Id).Encode());
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());
        var replies = bot.Replies(ConversationDriver.Organizer);
        return [.. replies.OfType<DocumentOut>().Select(d => d.FileName), .. replies.OfType<PhotoOut>().Select(p => p.FileName)];
    }

    [Fact]
    public void One_round_is_named_by_its_period()
    {
        var bot = Driver();
        var round = Open(bot);

        Assert.Contains($"{Meetings.Sample().FileStem}-2021-2023-bao-cao.xlsx", Files(bot, round));
        Assert.Equal(Texts.RoundLabel.Vi(Meetings.Sample().Label, "2021–2023"), RoundNames.Label(bot.Store, round, bot.Settings.TimeZone, Lang.Vi));
    }

    [Fact]
    public void Another_period_or_the_same_period_opened_another_day_gives_other_file_names_and_titles()
    {
        var bot = Driver();
        var first = Open(bot);
        var sameDay = first with { Id = "r-same-day", OpenedAt = first.OpenedAt.AddHours(1) };
        var later = first with { Id = "r-later", OpenedAt = first.OpenedAt.AddDays(3) };
        var other = first with { Id = "r-other", FromYear = 2024, ToYear = 2025 };
        foreach (var round in new[] { sameDay, later, other })
        {
            bot.Store.Put(round);
        }

        var rounds = new[] { first, sameDay, later, other };
        var files = rounds.Select(r => Files(bot, r)).ToList();
        var titles = rounds.Select(r => RoundNames.Label(bot.Store, r, bot.Settings.TimeZone, Lang.Vi)).ToList();

        Assert.All(files, f => Assert.Equal(5, f.Count));
        Assert.Equal(files.Count * 5, files.SelectMany(f => f).Distinct().Count());
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Contains(Texts.RoundLabelOpened.Vi(Meetings.Sample().Label, "2021–2023", "4/4/2027"), titles);
        Assert.Contains(Texts.RoundLabel.Vi(Meetings.Sample().Label, "2024–2025"), titles);
        Assert.Contains($"{Meetings.Sample().FileStem}-2024-2025-de-xuat-khen-thuong.xlsx", files[3]);

        bot.TextsTo(Reporter);
        bot.Command(Reporter, "/baocao");
        var menus = bot.TextsTo(Reporter);
        Assert.Equal(3, menus.Count);
        Assert.Equal(3, menus.Distinct().Count());
    }
    [Fact]
    public void A_second_round_of_the_same_meeting_and_period_is_told_apart_in_its_preview_and_progress()
    {
        var bot = Driver();
        var first = Open(bot);
        bot.Now = bot.Now.AddHours(1);
        // Closed early, so a second round of its period may open.
        bot.Store.Put(first with { Deadline = bot.Now });
        bot.Command(ConversationDriver.Organizer, "/baocao");
        bot.Press(ConversationDriver.Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.TextsTo(ConversationDriver.Organizer);
        bot.Press(ConversationDriver.Organizer, MeetingChoice());
        var preview = bot.TextsTo(ConversationDriver.Organizer).Single();
        bot.Press(ConversationDriver.Organizer, Texts.OpenRoundSend.Plain(Lang.Vi));
        var second = bot.Store.All<ReportingRound>().Single(r => r.Id != first.Id);

        var secondLabel = Texts.RoundLabelOpened.Vi(Meetings.Sample().Label, "2021–2023", "1/4/2027 10:00");
        Assert.StartsWith(Texts.OpenRoundPreview.Vi(secondLabel, 2021, 2023, "x", 0, "x").Split('\n')[0], preview, StringComparison.Ordinal);
        Assert.Equal(Texts.ReportProgressHeader.Vi(Texts.RoundLabelOpened.Vi(Meetings.Sample().Label, "2021–2023", "1/4/2027 09:00"), Meetings.When(bot.Now)).Split('\n')[0], Progress(bot, first));
        Assert.Equal(Texts.ReportProgressHeader.Vi(secondLabel, Meetings.When(second.Deadline)).Split('\n')[0], Progress(bot, second));
    }

    private static string Progress(ConversationDriver bot, ReportingRound round)
    {
        bot.TextsTo(ConversationDriver.Organizer);
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode());
        return bot.TextsTo(ConversationDriver.Organizer).Single().Split('\n')[0];
    }
}
