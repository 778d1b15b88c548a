using Domain.ContentReports;
using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.ContentReports.Reporting;

namespace Domain.Tests.ContentReports;

/// <summary>A member reports, the organizers get a card, change its status, and the reporter hears of each change.</summary>
public sealed class ReportJourneyTests
{
    private readonly ConversationDriver bot = Driver();

    [Fact]
    public void A_member_reports_a_link_and_gets_the_first_reference_number()
    {
        var report = Send(bot, People.Alice);

        Assert.Equal("PA-0001", report.Id);
        Assert.Equal((ReportPlatform.Facebook, Link, Description, (string?)null, ReportStatus.New), (report.Platform, report.Link, report.Description, report.Place, report.Status));
        Assert.Contains(Texts.ReportFiled.Vi("PA-0001"), bot.TextsTo(People.Alice));
        Assert.Null(bot.SessionOf(People.Alice)!.Flow);
        var card = Assert.IsType<TextOut>(bot.AllSentTo(ConversationDriver.Organizer)[^1]);
        Assert.Contains("PA-0001", card.Text.Value, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Hoa – Phường 5", card.Text.Value, StringComparison.Ordinal);
        Assert.Equal(
            new[] { Texts.ReportStatusInProgress, Texts.ReportStatusNoAction, Texts.ReportStatusForwarded, Texts.ReportStatusRebutted }.Select(m => m.Plain(Lang.Vi)),
            card.AllButtons().Select(b => b.Label));
    }

    [Fact]
    public void Every_step_asks_its_question_and_the_preview_shows_the_answers()
    {
        bot.Command(People.Alice, "/phananh");
        Assert.Equal(ReportMachine.State.Evidence, Step(bot, People.Alice));
        bot.Send(People.Alice, new MediaIn(MediaKind.Photo, "photo-1", null, null));
        Assert.Contains(Texts.ReportEvidenceReceived.Vi(ReportFormat.Evidence(false, 1, Lang.Vi)), bot.TextsTo(People.Alice));
        bot.Press(People.Alice, Texts.ReportContinue.Plain(Lang.Vi));
        Assert.Equal(ReportMachine.State.Platform, Step(bot, People.Alice));
        bot.Press(People.Alice, "Zalo");
        Assert.Equal(ReportMachine.State.Description, Step(bot, People.Alice));
        bot.Text(People.Alice, Description);
        Assert.Equal(ReportMachine.State.Place, Step(bot, People.Alice));
        bot.Text(People.Alice, "Nhóm Zalo khu phố 3, Phường 5");
        Assert.Equal(ReportMachine.State.Preview, Step(bot, People.Alice));
        var preview = Last(bot, People.Alice).Text.Value;
        Assert.Contains("Zalo", preview, StringComparison.Ordinal);
        Assert.Contains("Nhóm Zalo khu phố 3, Phường 5", preview, StringComparison.Ordinal);

        bot.Press(People.Alice, Texts.Edit.Plain(Lang.Vi));
        bot.Press(People.Alice, Texts.ReportFieldDescription.Plain(Lang.Vi));
        bot.Text(People.Alice, "Bài viết xuyên tạc về việc thu hồi đất.");
        Assert.Equal(ReportMachine.State.Preview, Step(bot, People.Alice));
        bot.Press(People.Alice, Texts.ReportSend.Plain(Lang.Vi));

        var report = Assert.Single(bot.Store.All<ContentReport>());
        Assert.Equal((ReportPlatform.Zalo, "Bài viết xuyên tạc về việc thu hồi đất.", "Nhóm Zalo khu phố 3, Phường 5"), (report.Platform, report.Description, report.Place));
        Assert.Equal(["photo-1"], report.Photos);
        Assert.Null(report.Link);
    }

    [Fact]
    public void Wrong_answers_are_refused_with_the_reason()
    {
        bot.Command(People.Alice, "/phananh");
        bot.Text(People.Alice, "trên Facebook có bài nói sai");
        Assert.Contains(Texts.ReportLinkInvalid.Vi(), bot.TextsTo(People.Alice));
        bot.PressData(People.Alice, new ReportStep(bot.SessionOf(People.Alice)!.Get(ReportActions.NonceKey)!, ReportVerb.Continue).Encode());
        Assert.Contains(Texts.ReportNeedsEvidence.Vi(), bot.TextsTo(People.Alice));
        Assert.Equal(ReportMachine.State.Evidence, Step(bot, People.Alice));

        bot.Send(People.Alice, new MediaIn(MediaKind.Document, "doc-1", "a.pdf", null));
        bot.Send(People.Alice, new UnsupportedIn("message.image.received"));
        Assert.Equal([Texts.ReportPhotoOrLink.Vi(), Texts.ReportPhotoOrLink.Vi()], bot.TextsTo(People.Alice));

        for (var i = 1; i <= ReportRules.MaxPhotos + 1; i++)
        {
            bot.Send(People.Alice, new MediaIn(MediaKind.Photo, $"photo-{i}", null, null));
        }

        Assert.Contains(Texts.ReportTooManyPhotos.Vi(), bot.TextsTo(People.Alice)[^1], StringComparison.Ordinal);
        Assert.Equal(ReportRules.MaxPhotos, ReportActions.Photos(new Turn(
            new InboundEnvelope("x", People.Alice, new TextIn(string.Empty), bot.Now), bot.SessionOf(People.Alice)!, bot.Store, bot.Settings, bot.Now)).Count);

        bot.Press(People.Alice, Texts.ReportContinue.Plain(Lang.Vi));
        bot.Press(People.Alice, "Facebook");
        bot.TextsTo(People.Alice);
        bot.Text(People.Alice, "sai");
        bot.Text(People.Alice, new string('x', ReportRules.MaxDescription + 1));
        Assert.Equal([Texts.ReportDescriptionTooShort.Vi(), Texts.ReportDescriptionTooLong.Vi("1001")], bot.TextsTo(People.Alice));
        Assert.Equal(ReportMachine.State.Description, Step(bot, People.Alice));
    }

    [Fact]
    public void The_organizer_takes_up_then_closes_a_report_and_the_reporter_is_told_each_time_with_the_note()
    {
        var report = Send(bot, People.Alice);
        bot.TextsTo(People.Alice);

        Decide(bot, ConversationDriver.Organizer, report, ReportStatus.InProgress);
        Assert.Equal([Texts.ReportStatusToReporter.Vi("PA-0001", Texts.ReportStatusInProgress.Plain(Lang.Vi))], bot.TextsTo(People.Alice));
        Decide(bot, ConversationDriver.Organizer, report, ReportStatus.Rebutted, "Xem bài phản bác trên trang của Ủy ban.");
        Assert.Equal(
            [Texts.ReportStatusToReporterWithNote.Vi("PA-0001", Texts.ReportStatusRebutted.Plain(Lang.Vi), "Xem bài phản bác trên trang của Ủy ban.")],
            bot.TextsTo(People.Alice));
        Assert.Contains(Texts.ReportStatusDone.Vi("PA-0001", Texts.ReportStatusRebutted.Plain(Lang.Vi), 1), bot.TextsTo(ConversationDriver.Organizer));

        var audit = bot.Audit.Where(a => a.Action == "report.status").ToList();
        Assert.Equal([("PA-0001", "InProgress"), ("PA-0001", "Rebutted")], audit.Select(a => (a.Subject, a.Details)));
        Assert.All(audit, a => Assert.Equal(ConversationDriver.Organizer, a.By));

        bot.Command(People.Alice, "/phananh");
        var mine = bot.TextsTo(People.Alice).Single();
        Assert.Contains("PA-0001", mine, StringComparison.Ordinal);
        Assert.Contains(Texts.ReportStatusRebutted.Plain(Lang.Vi), mine, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeats_of_a_link_are_grouped_counted_and_every_reporter_is_told()
    {
        var first = Send(bot, People.Alice);
        var organizerMessages = bot.AllSentTo(ConversationDriver.Organizer).Count;
        var repeat = Send(bot, People.Bob, Link + "?fbclid=xyz");

        Assert.Equal(first.Id, repeat.DuplicateOf);
        Assert.Contains(Texts.ReportFiledRepeat.Vi("PA-0002"), bot.TextsTo(People.Bob));
        Assert.Equal(organizerMessages, bot.AllSentTo(ConversationDriver.Organizer).Count);
        Assert.Equal(2, bot.Store.Find<ContentReport>(first.Id)!.Reports);

        bot.Command(ConversationDriver.Organizer, "/phananh");
        Assert.Contains(Texts.ReportViewNew.Plain(Lang.Vi).Replace("{0}", "1", StringComparison.Ordinal), Last(bot, ConversationDriver.Organizer).AllButtons().Select(b => b.Label));
        bot.TextsTo(People.Alice);
        bot.TextsTo(People.Bob);
        Decide(bot, ConversationDriver.Organizer, first, ReportStatus.Forwarded);
        Assert.Single(bot.TextsTo(People.Alice));
        Assert.Equal([Texts.ReportStatusToReporter.Vi("PA-0002", Texts.ReportStatusForwarded.Plain(Lang.Vi))], bot.TextsTo(People.Bob));
    }

    [Fact]
    public void The_queue_lists_by_status_opens_a_card_and_exports()
    {
        Send(bot, People.Alice);
        Send(bot, People.Bob, "https://example.vn/bai-khac");
        bot.Command(ConversationDriver.Organizer, "/phananh");
        bot.Press(ConversationDriver.Organizer, new QueueList(ReportView.New, 0).Encode());
        var list = Last(bot, ConversationDriver.Organizer);
        Assert.Contains("PA-0001", list.Text.Value, StringComparison.Ordinal);
        Assert.Contains("PA-0002", list.Text.Value, StringComparison.Ordinal);
        bot.Press(ConversationDriver.Organizer, "PA-0002");
        Assert.Contains("https://example.vn/bai-khac", Last(bot, ConversationDriver.Organizer).Text.Value, StringComparison.Ordinal);

        bot.PressData(ConversationDriver.Organizer, new QueueExport().Encode());
        var rows = Assert.Single(bot.ReportFiles.Exported);
        Assert.Equal(["PA-0001", "PA-0002"], rows.Select(r => r.Reference));
        Assert.Equal("Trần Văn Bình – Phường 5", rows[1].Reporter);
    }
}
