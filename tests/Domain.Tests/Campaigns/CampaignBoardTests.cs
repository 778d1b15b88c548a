using Domain.Campaigns;
using Domain.Conversations;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Campaigns;

public sealed class CampaignBoardTests
{
    private static readonly Domain.Users.UserKey Organizer = ConversationDriver.Organizer;

    private static (ConversationDriver Driver, Campaign Campaign, Domain.Users.UserKey[] Members) Answered()
    {
        var driver = new ConversationDriver();
        Domain.Users.UserKey[] members = [driver.AddMember("1", "P01", "Lê Thị Lan"), driver.AddMember("2", "P01", "Trần Văn Bình"), driver.AddMember("3", "P02", "Phạm Thu")];
        var campaign = Campaigning.Send(driver);
        driver.PressData(members[0], new AnswerButton(AnswerAction.Done, campaign.Id).Encode());
        driver.Text(members[0], Campaigning.Link + "?x=1");
        driver.PressData(members[1], new AnswerButton(AnswerAction.CouldNot, campaign.Id).Encode());
        driver.Text(members[1], "Không có mạng");
        driver.TextsTo(Organizer);
        return (driver, campaign, members);
    }

    [Fact]
    public void Progress_per_unit_and_in_total_with_a_reminder_for_those_without_an_answer()
    {
        var (driver, campaign, _) = Answered();

        driver.PressData(Organizer, new BoardButton(BoardAction.Progress, campaign.Id).Encode());

        var text = driver.TextsTo(Organizer).Single();
        Assert.Contains(Texts.CampaignProgressUnit.For(Lang.Vi, "Phường 1", 1, 1, 0).Value, text, StringComparison.Ordinal);
        Assert.Contains(Texts.CampaignProgressUnit.For(Lang.Vi, "Phường 2", 0, 0, 1).Value, text, StringComparison.Ordinal);
        Assert.Contains(Texts.CampaignProgressTotal.For(Lang.Vi, 1, 1, 1, 3, 33).Value, text, StringComparison.Ordinal);
        Assert.Contains(driver.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r), b => b.Data == new BoardButton(BoardAction.Remind, campaign.Id).Encode());
    }

    [Fact]
    public void Proofs_by_unit_list_links_and_reasons()
    {
        var (driver, campaign, _) = Answered();

        driver.PressData(Organizer, new BoardButton(BoardAction.Proofs, campaign.Id).Encode());

        var text = driver.TextsTo(Organizer).Single();
        Assert.Contains(Texts.CampaignProofLine.For(Lang.Vi, "Lê Thị Lan", Campaigning.Link + "?x=1", 0).Value, text, StringComparison.Ordinal);
        Assert.Contains(Texts.CampaignCouldNotLine.For(Lang.Vi, "Trần Văn Bình", "Không có mạng").Value, text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_press_reminds_only_those_without_an_answer_as_a_broadcast()
    {
        var (driver, campaign, members) = Answered();

        driver.PressData(Organizer, new BoardButton(BoardAction.Remind, campaign.Id).Encode());

        var notice = Assert.Single(driver.Turns[^1].Changes.Upserts.OfType<Notice>());
        Assert.Equal([members[2].ToString()], notice.Recipients);
        var reminder = Assert.Single(driver.Tagged(notice.Tag));
        Assert.Equal(members[2], reminder.To);
        Assert.Equal(Priority.Bulk, reminder.Priority);
    }

    [Fact]
    public void No_reminder_after_the_deadline()
    {
        var (driver, campaign, _) = Answered();
        driver.Now = campaign.Deadline;

        driver.PressData(Organizer, new BoardButton(BoardAction.Remind, campaign.Id).Encode());

        Assert.Equal([Texts.CampaignEnded.For(Lang.Vi).Value], driver.TextsTo(Organizer));
        Assert.DoesNotContain(driver.Turns[^1].Changes.Deliveries, d => d.To != Organizer);
    }

    [Fact]
    public void The_export_has_every_recipient_by_unit()
    {
        var (driver, campaign, _) = Answered();

        driver.PressData(Organizer, new BoardButton(BoardAction.Export, campaign.Id).Encode());

        var rows = Assert.Single(driver.CampaignFiles.Exported);
        Assert.Equal(["Phường 1", "Phường 1", "Phường 2"], rows.Select(r => r.UnitName));
        Assert.Equal([Campaigning.Link + "?x=1"], rows.Single(r => r.FullName == "Lê Thị Lan").Links);
        Assert.Equal(Texts.CampaignOutcomeNone.Plain(Lang.Vi), rows.Single(r => r.FullName == "Phạm Thu").Answer);
        // Named from the title and the day it was sent, as the other exports are, not from its id.
        Assert.Equal(["chia-se-bai-ngay-hoi-dai-doan-ket-2025-03-01.xlsx", "chia-se-bai-ngay-hoi-dai-doan-ket-2025-03-01.csv"], driver.Replies(Organizer).OfType<DocumentOut>().Select(d => d.FileName));
    }

    [Fact]
    public void The_summary_shows_the_month_with_its_chart()
    {
        var (driver, _, _) = Answered();

        driver.PressData(Organizer, new BoardButton(BoardAction.Summary).Encode());

        var sent = driver.Replies(Organizer);
        Assert.Contains(sent.OfType<TextOut>(), t => t.Text.Value.Contains(Texts.CampaignSummaryTotal.For(Lang.Vi, 33, 1, 3).Value, StringComparison.Ordinal));
        Assert.Single(sent.OfType<PhotoOut>());
        Assert.Equal([("Phường 1", 50), ("Phường 2", 0)], driver.CampaignFiles.Charts.Single().Bars);
        Assert.Equal(["tong-ket-chien-dich-2025-03.xlsx", "tong-ket-chien-dich-2025-03.csv"], sent.OfType<DocumentOut>().Select(d => d.FileName));
        Assert.Equal(3, driver.CampaignFiles.Summaries.Single().Members.Count);
    }

    [Theory]
    [InlineData("cdb:c:nope")]
    [InlineData("cdb:s:2025-13")]
    [InlineData("cdb:zz")]
    public void Guessed_board_data_is_an_expired_button(string data)
    {
        var driver = new ConversationDriver();

        driver.PressData(Organizer, data);

        Assert.Equal([Texts.ButtonExpired.For(Lang.Vi).Value], driver.TextsTo(Organizer));
    }
}
