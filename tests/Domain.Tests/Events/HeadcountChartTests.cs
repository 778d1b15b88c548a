using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/thongke also sends its figures as a picture, drawn from the same numbers as the text.</summary>
public sealed class HeadcountChartTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public HeadcountChartTests()
    {
        Put(bot, Sample() with { ShortTitle = "Hội nghị TTV 27/4" });
        AddMember(bot, new UserKey("tg", "501"), "Trần Văn Bình", "P01", "+84912000501");
        AddMember(bot, new UserKey("tg", "502"), "Lê Thị Hoa", "P01", "+84912000502");
        Answer(bot, new UserKey("tg", "501"), RsvpAnswer.Attending);
    }

    [Fact]
    public void The_text_is_followed_by_a_chart_of_the_same_figures_named_after_the_short_title()
    {
        bot.Command(Organizer, "/thongke");

        var replies = bot.Replies(Organizer);
        Assert.IsType<TextOut>(replies[0]);
        var photo = Assert.IsType<PhotoOut>(replies[1]);
        Assert.Equal("hoi-nghi-ttv-27-4-thong-ke.png", photo.FileName);
        Assert.Equal(Texts.StatsChartCaption.Vi("Hội nghị TTV 27/4"), photo.Caption?.Value);
        var chart = Assert.Single(bot.Files.Charts);
        Assert.Equal(new HeadcountBar("Phường 1", 1, 0, 0, 1), chart.Bars[0]);
        Assert.Equal(14, chart.Bars.Count(b => b.Unit.StartsWith("Phường ", StringComparison.Ordinal)));
        Assert.Equal($"{new Organization().ShortName.Vi} – Hội nghị TTV 27/4", chart.Title);
        Assert.Equal(Texts.StatsChartPlanned.For(Lang.Vi, 1, 120).ToPlain(), chart.Summary);
    }

    [Fact]
    public void An_english_speaking_organizer_gets_the_chart_in_english()
    {
        bot.Command(Organizer, "/lang en");
        bot.Replies(Organizer);

        bot.Command(Organizer, "/stats");

        var chart = Assert.Single(bot.Files.Charts);
        Assert.Equal([Texts.AnswerAttending.En, Texts.AnswerDeclined.En, Texts.AnswerDelegatedShort.En, Texts.AnswerNone.En], chart.Series);
        Assert.StartsWith(new Organization().ShortName.En!, chart.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MemberStatus.Approved)]
    [InlineData(null)]
    public void Nobody_but_an_organizer_gets_the_chart_by_command_or_by_a_forged_button(MemberStatus? status)
    {
        if (status is { } s)
        {
            Registering.Seed(bot, Alice, s);
        }

        bot.Command(Alice, "/thongke");
        bot.PressData(Alice, $"rep:stats:{Id}");

        Assert.DoesNotContain(bot.Replies(Alice), r => r is PhotoOut);
        Assert.Empty(bot.Files.Charts);
    }
}
