using System.Text;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.ContentReports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.ContentReports;

/// <summary>Reports of false or hostile content through the real host, the real Telegram.Bot client and the fake Bot API.</summary>
public sealed class ReportsOverTelegramTests : OverFakeTelegram
{
    private const string Link = "https://www.facebook.com/groups/khupho3/posts/123456";
    private const string Description = "Bài viết bịa đặt rằng phường sẽ thu hồi đất của cả khu phố.";

    [Fact]
    public async Task A_member_reports_the_organizer_takes_it_up_and_closes_it_and_the_member_is_told_each_time()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var member = new Chat(Fake, 931);
        var second = new Chat(Fake, 932);
        await Approved(organizer, member, "Trương Thị Hạnh", "0903111231");
        await Approved(organizer, second, "Võ Văn Tâm", "0903111232");

        await Report(member, Link);
        var card = await organizer.Next(m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        Assert.Contains("Trương Thị Hạnh – Phường 8", card.Text, StringComparison.Ordinal);
        Assert.All(Fake.SentTo(member.Id).SelectMany(m => m.Buttons), b => Assert.True(Encoding.UTF8.GetByteCount(b.CallbackData ?? string.Empty) <= 64));

        // The same post, shared from a phone with a tracking tail: grouped under the first, counted, no second card.
        var repeat = await Report(second, "https://m.facebook.com/groups/khupho3/posts/123456/?mibextid=abc");
        Assert.Contains(Texts.ReportFiledRepeat.For(Lang.Vi, "PA-0002").Value, repeat.Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.Service<EntityStore>().Find<ContentReport>("PA-0001")!.Reports);

        await organizer.Press(Texts.ReportStatusInProgress.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportNoNote.Plain(Lang.Vi)));
        await organizer.Press(Texts.ReportNoNote.Plain(Lang.Vi), m => m.Text == Texts.ReportStatusDone.For(Lang.Vi, "PA-0001", Texts.ReportStatusInProgress.Plain(Lang.Vi), 2).Value);
        var takenUp = await member.Next(m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        Assert.Contains(Texts.ReportStatusInProgress.Plain(Lang.Vi), takenUp.Text, StringComparison.Ordinal);
        await second.Next(m => m.Text!.Contains("PA-0002", StringComparison.Ordinal));

        await organizer.Say("/phananh PA-0001", m => m.Buttons.Any(b => b.Text == Texts.ReportStatusRebutted.Plain(Lang.Vi)));
        await organizer.Press(Texts.ReportStatusRebutted.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportNoNote.Plain(Lang.Vi)));
        await organizer.Say("Bài phản bác đã đăng trên trang của Ủy ban.", m => m.Text == Texts.ReportStatusDone.For(Lang.Vi, "PA-0001", Texts.ReportStatusRebutted.Plain(Lang.Vi), 2).Value);
        var closed = await member.Next(m => m.Text!.Contains(Texts.ReportStatusRebutted.Plain(Lang.Vi), StringComparison.Ordinal));
        Assert.Contains("Bài phản bác đã đăng trên trang của Ủy ban.", closed.Text, StringComparison.Ordinal);

        var mine = await member.Say("/phananh", m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        Assert.Contains(Texts.ReportStatusRebutted.Plain(Lang.Vi), mine.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("PA-0002", mine.Text, StringComparison.Ordinal);

        // A member's forged status press, and a stale press on the closed report's old card.
        member.User.PressButton(mine, new QueueSetStatus(1, ReportStatus.NoAction).Encode());
        Assert.Equal(Texts.NotAllowed.Plain(Lang.Vi), (await member.Next(m => m.Method == "sendMessage")).Text);
        organizer.User.PressButton(card, new QueueSetStatus(1, ReportStatus.NoAction).Encode());
        Assert.Contains(Texts.ReportAlreadyClosed.For(Lang.Vi, "PA-0001", Texts.ReportStatusRebutted.Plain(Lang.Vi)).Value, (await organizer.Next()).Text, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Rebutted, bot.Service<EntityStore>().Find<ContentReport>("PA-0001")!.Status);

        var audit = bot.Service<Database>().AuditLog.FindAll().Where(d => d["action"].AsString == "report.status").ToList();
        Assert.Equal(4, audit.Count);
        Assert.All(audit, d => Assert.Equal($"telegram:{BotUnderTest.Organizer}", d["by"].AsString));
        Assert.DoesNotContain(audit, d => d.ToString().Contains("phản bác đã đăng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_restart_in_the_middle_the_member_continues_at_the_same_step()
    {
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var member = new Chat(Fake, 933);
        await using (var first = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath))
        {
            await Approved(organizer, member, "Phan Thị Lụa", "0903111233");
            await member.Say("/phananh");
            await member.Say(Link, m => m.Buttons.Any());
            var ask = await member.Press(Texts.ReportContinue.Plain(Lang.Vi));
            Assert.Equal(Texts.AskReportDescription.Plain(Lang.Vi), ask.Text);
        }

        await using var second = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var place = await member.Say(Description, m => m.Buttons.Any());
        Assert.Contains(Texts.AskReportPlace.Plain(Lang.Vi)[..30], place.Text, StringComparison.Ordinal);
        await member.Press(Texts.ReportSkip.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportSend.Plain(Lang.Vi)));
        var filed = await member.Press(Texts.ReportSend.Plain(Lang.Vi), m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        Assert.Contains(Texts.ReportFiled.Plain(Lang.Vi)[..20], filed.Text, StringComparison.Ordinal);
    }

    internal static async Task Approved(Chat organizer, Chat member, string name, string phone)
    {
        await Journeys.RegisterAsync(member, name, phone, "Phường 8", "Ủy viên");
        await Journeys.ApproveAsync(organizer, name);
        await member.Next(m => m.Text!.Contains("đã duyệt", StringComparison.Ordinal));
    }

    /// <summary>/phananh, the link, Continue, the description, Skip, Send; the answer with the number.</summary>
    internal static async Task<SentMessage> Report(Chat member, string link)
    {
        await member.Say("/phananh", m => m.Text!.Contains(Texts.AskReportEvidence.Plain(Lang.Vi)[..20], StringComparison.Ordinal) || m.Buttons.Any());
        await member.Say(link, m => m.Buttons.Any());
        await member.Press(Texts.ReportContinue.Plain(Lang.Vi));
        await member.Say(Description, m => m.Buttons.Any());
        await member.Press(Texts.ReportSkip.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportSend.Plain(Lang.Vi)));
        return await member.Press(Texts.ReportSend.Plain(Lang.Vi), m => m.Text!.Contains("PA-", StringComparison.Ordinal));
    }
}
