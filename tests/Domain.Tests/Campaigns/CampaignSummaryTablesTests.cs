using Domain.Campaigns;
using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Campaigns;

/// <summary>The monthly summary's full tables: every member with all their figures, in the units' order, and the files sent.</summary>
public sealed class CampaignSummaryTablesTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("vn", TimeSpan.FromHours(7), null, null);
    private static readonly DateTimeOffset At = new(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

    internal static Campaign Campaign(string id, DateTimeOffset created, params string[] recipients) => new()
    {
        Id = id,
        Title = id,
        Action = "share",
        AudienceSpec = "all",
        AudienceText = "all",
        Recipients = recipients,
        Deadline = created.AddDays(3),
        CreatedBy = "tg:9001",
        CreatedAt = created,
    };

    internal static void Answer(ConversationDriver driver, string campaign, string member, CampaignOutcome outcome) =>
        driver.Store.Put(outcome == CampaignOutcome.Done
            ? CampaignAnswer.Done(null, campaign, member, ["https://a.vn/x"], [], At)
            : CampaignAnswer.CouldNot(null, campaign, member, null, At));

    /// <summary>Two campaigns in March: c1 to everyone, c2 to Bình and Dũng.</summary>
    internal static (ConversationDriver Driver, string[] Ids) March()
    {
        var driver = new ConversationDriver();
        string[] ids =
        [
            driver.AddMember("1", "P02", "Trần Văn Bình").ToString(),
            driver.AddMember("2", "P01", "Phạm Thu").ToString(),
            driver.AddMember("3", "HPN", "Đỗ Hoa").ToString(),
            driver.AddMember("4", "P01", "Lê An").ToString(),
        ];
        driver.Store.Put(Campaign("c1", At, ids));
        driver.Store.Put(Campaign("c2", At.AddDays(2), ids[0], ids[3]));
        Answer(driver, "c1", ids[0], CampaignOutcome.Done);
        Answer(driver, "c1", ids[1], CampaignOutcome.CouldNot);
        Answer(driver, "c1", ids[3], CampaignOutcome.Done);
        Answer(driver, "c2", ids[0], CampaignOutcome.CouldNot);
        return (driver, ids);
    }

    [Fact]
    public void Every_member_has_received_done_could_not_and_no_answer()
    {
        var (driver, ids) = March();

        var summary = MonthlySummary.For(driver.Store, ConversationDriver.Units, 2025, 3, Zone);

        var figures = summary.Members.ToDictionary(m => m.MemberId, m => (m.Received, m.Done, m.CouldNot, m.NoAnswer, m.RatePercent));
        Assert.Equal((2, 1, 1, 0, 50), figures[ids[0]]);
        Assert.Equal((1, 0, 1, 0, 0), figures[ids[1]]);
        Assert.Equal((1, 0, 0, 1, 0), figures[ids[2]]);
        Assert.Equal((2, 1, 0, 1, 50), figures[ids[3]]);
        Assert.Equal(summary.Units.Total.Recipients, summary.Members.Sum(m => m.Received));
        Assert.Equal(summary.Units.Total.NoAnswer, summary.Members.Sum(m => m.NoAnswer));
    }

    [Fact]
    public void The_full_table_lists_members_unit_by_unit_in_the_catalogue_s_order_then_by_name()
    {
        var (driver, _) = March();

        var summary = MonthlySummary.For(driver.Store, ConversationDriver.Units, 2025, 3, Zone);

        Assert.Equal(
            [("Phường 1", "Lê An"), ("Phường 1", "Phạm Thu"), ("Phường 2", "Trần Văn Bình"), ("Hội Liên hiệp Phụ nữ", "Đỗ Hoa")],
            summary.MembersByUnit().Select(m => (m.UnitName, m.Name)));
    }

    [Fact]
    public void The_text_lists_the_first_thirty_and_the_files_get_everyone()
    {
        var driver = new ConversationDriver();
        var ids = Enumerable.Range(1, 35).Select(i => driver.AddMember(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "P01", $"Thành viên {i:00}").ToString()).ToArray();
        driver.Store.Put(Campaign("c1", At, ids));
        var report = new CampaignSummaryReport(ConversationDriver.Units, driver.CampaignFiles);

        var messages = report.Messages(report.Of(driver.Store, 2025, 3, Zone), Lang.Vi);

        var text = messages.OfType<TextOut>().Single().Text.Value;
        Assert.Contains(Texts.CampaignSummaryMembersHeading.For(Lang.Vi, CampaignSummaryReport.MembersShown, 35).Value, text, StringComparison.Ordinal);
        Assert.Equal(35, driver.CampaignFiles.Summaries.Single().Members.Count);
        var documents = messages.OfType<DocumentOut>().ToList();
        Assert.Equal(["tong-ket-chien-dich-2025-03.xlsx", "tong-ket-chien-dich-2025-03.csv"], documents.Select(d => d.FileName));
        Assert.Equal(Texts.CampaignSummaryFilesCaption.For(Lang.Vi, "3/2025").Value, documents[0].Caption!.Value.Value);
    }

    [Fact]
    public void An_erased_member_is_in_neither_the_text_nor_the_files()
    {
        var driver = new ConversationDriver();
        var gone = driver.AddMember("1", "P01", "Người Sẽ Xóa");
        var stays = driver.AddMember("2", "P01", "Lê An");
        var campaign = Campaigning.Send(driver);
        driver.PressData(gone, new AnswerButton(AnswerAction.CouldNot, campaign.Id).Encode());
        driver.Command(gone, "/xoadulieu");
        driver.Press(gone, Texts.EraseYes.Plain(Lang.Vi));

        driver.PressData(ConversationDriver.Organizer, new BoardButton(BoardAction.Summary).Encode());

        var summary = driver.CampaignFiles.Summaries.Single();
        Assert.Equal([stays.ToString()], summary.Members.Select(m => m.MemberId));
        Assert.Equal(1, summary.Units.Total.Recipients);
        Assert.DoesNotContain(driver.Replies(ConversationDriver.Organizer).OfType<TextOut>(), t => t.Text.Value.Contains("Người Sẽ Xóa", StringComparison.Ordinal));
    }
}
