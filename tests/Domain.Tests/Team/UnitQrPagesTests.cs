using Domain.Conversations;
using Domain.Members;
using Domain.Team;
using Domain.Tests.Campaigns;
using Domain.Tests.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;

namespace Domain.Tests.Team;

/// <summary>/maqr says "trang in khổ A4" only while every unit fits one page, and the pages otherwise.</summary>
public sealed class UnitQrPagesTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private static DocumentOut Sheet(int units)
    {
        var catalog = new UnitCatalog(Enumerable.Range(1, units).Select(i => new Unit($"P{i:00}", $"Phường {i}", UnitGroup.Ward)));
        var router = CoreHandlers.CreateRouter(catalog, new StubEventFiles(), new StubDiscussionFiles(), new StubTeamFiles(), new StubGuestFiles(), new StubCampaignFiles(), new StubReportFiles(), new StubWardReportFiles());
        var settings = new BotSettings { Organizers = new HashSet<UserKey> { Organizer }, Links = new ChannelLinks("mttq_q5_bot") };
        var input = new InboundEnvelope("in:1", Organizer, CommandIn.TryParse("/maqr")!, DateTimeOffset.UnixEpoch);
        var turn = TurnExecution.Run(router, input, Organizer, new MemoryStore(), settings, DateTimeOffset.UnixEpoch, (e, _) => throw e);
        return turn.Changes.Deliveries.Select(d => d.Message).OfType<DocumentOut>().First();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(28)]
    [InlineData(QrSheet.CardsPerPage)]
    public void Up_to_a_page_of_units_is_one_a4_page(int units)
    {
        Assert.Equal(Texts.QrSheetCaption.For(Lang.Vi, units, "P01").Value, Sheet(units).Caption?.Value);
    }

    [Theory]
    [InlineData(QrSheet.CardsPerPage + 1, 2)]
    [InlineData(75, 3)]
    public void More_units_are_said_to_be_several_pages(int units, int pages)
    {
        Assert.Equal(Texts.QrSheetCaptionPages.For(Lang.Vi, units, "P01", pages).Value, Sheet(units).Caption?.Value);
    }
}
