using Bot.Storage;
using Bot.Tests.Support;
using Domain.ContentReports;
using Domain.Members;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.ContentReports;

/// <summary>A report on Zalo: numbered choices, a screenshot kept by its Zalo address and shown to an organizer on Zalo from it, a picture without an address answered with a request for the link.</summary>
public sealed class ReportsOnZaloTests : IAsyncLifetime
{
    private const string Photo = "https://photo.fake-zalo.test/bai-viet-sai.jpg";

    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_member_on_Zalo_reports_a_screenshot_and_the_organizer_on_Zalo_sees_it_and_chooses_a_status_by_number()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var organizer = new ZaloChat(zalo, organizerUser);
        var memberUser = zalo.AddUser("Lê Văn Tâm");
        var member = new ZaloChat(zalo, memberUser);
        bot.Service<EntityStore>().Put(new Member
        {
            Id = $"zalo:{memberUser.Id}",
            FullName = "Lê Văn Tâm",
            Phone = "+84903555666",
            UnitCode = "P05",
            Position = "Ủy viên",
            Status = MemberStatus.Approved,
        });

        await member.Say("/phananh", m => m.Text!.Contains(Texts.AskReportEvidence.For(Lang.Vi).ToPlain()[..20], StringComparison.Ordinal));
        memberUser.SendUnsupported();
        Assert.Equal(Texts.ReportPhotoOrLink.Plain(Lang.Vi), (await member.Next()).Text);
        memberUser.SendImage(Photo);
        var received = await member.Next(m => m.Text!.Contains("1. " + Texts.ReportContinue.Plain(Lang.Vi), StringComparison.Ordinal));
        Assert.Contains(ReportFormat.Evidence(false, 1, Lang.Vi), received.Text, StringComparison.Ordinal);
        await member.Say("1", m => m.Text!.Contains(Texts.AskReportPlatform.Plain(Lang.Vi), StringComparison.Ordinal));
        await member.Choose("Zalo", m => m.Text!.Contains(Texts.AskReportDescription.Plain(Lang.Vi)[..20], StringComparison.Ordinal));
        await member.Say("Ảnh chụp bài đăng bịa đặt về việc thu phí sinh hoạt khu phố.", m => m.Text!.Contains(Texts.ReportSkip.Plain(Lang.Vi), StringComparison.Ordinal));
        await member.Choose(Texts.ReportSkip.Plain(Lang.Vi), m => m.Text!.Contains(Texts.ReportSend.Plain(Lang.Vi), StringComparison.Ordinal));
        await member.Choose(Texts.ReportSend.Plain(Lang.Vi), m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));

        var report = bot.Service<EntityStore>().Find<ContentReport>("PA-0001")!;
        Assert.Equal([Photo], report.Photos);
        var card = await organizer.Next(m => m.Text!.Contains("PA-0001", StringComparison.Ordinal) && m.Text.Contains(". " + Texts.ReportStatusInProgress.Plain(Lang.Vi), StringComparison.Ordinal));
        Assert.DoesNotContain("<b>", card.Text, StringComparison.Ordinal);

        await organizer.Choose(Texts.ReportShowPhotos.For(Lang.Vi, 1).ToPlain(), m => m.Photo == Photo);
        await organizer.Say("/phananh PA-0001", m => m.Text!.Contains(". " + Texts.ReportStatusNoAction.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.ReportStatusNoAction.Plain(Lang.Vi), m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        await organizer.Choose(Texts.ConfirmGo.Plain(Lang.Vi), m => m.Text!.Contains(Texts.ReportNoNote.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.ReportNoNote.Plain(Lang.Vi), m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        var told = await member.Next(m => m.Text!.Contains(Texts.ReportStatusNoAction.Plain(Lang.Vi), StringComparison.Ordinal));
        Assert.Contains("PA-0001", told.Text, StringComparison.Ordinal);
    }
}
