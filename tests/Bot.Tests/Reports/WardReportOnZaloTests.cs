using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.Reports;

/// <summary>
/// A round on Zalo, where there are no buttons: the organizer opens it and a unit's coordinator
/// sends the report by typing the numbers of the choices; the summary's files are named, as Zalo
/// cannot carry them.
/// </summary>
public sealed class WardReportOnZaloTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_coordinator_on_Zalo_reports_by_numbered_choices_and_the_organizer_gets_the_files_named()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id, overrides: WardRound.Settings(folder));
        var store = bot.Service<EntityStore>();
        store.Put(WardRound.Meeting);
        var reporterUser = zalo.AddUser("Đầu Mối Zalo");
        var key = $"zalo:{reporterUser.Id}";
        store.Put(new Member { Id = key, FullName = "Đầu Mối Zalo", Phone = "+84903555777", UnitCode = WardRound.Units[1].Code, Position = "Ủy viên", Status = MemberStatus.Approved });
        store.Put(new RoleGrant(key, Role.Coordinator, $"zalo:{organizerUser.Id}", DateTimeOffset.UtcNow));
        var organizer = new ZaloChat(zalo, organizerUser);
        var reporter = new ZaloChat(zalo, reporterUser);

        await organizer.Say("/baocao", Lists(Texts.OpenRoundButton));
        await organizer.Choose(Texts.OpenRoundButton.Plain(Lang.Vi), Lists(WardRound.ChoiceOf(WardRound.Meeting)));
        await organizer.Choose(WardRound.ChoiceOf(WardRound.Meeting), Lists(Texts.OpenRoundSend));
        await organizer.Choose(Texts.OpenRoundSend.Plain(Lang.Vi), Lists(Texts.ReportProgressButton));
        await reporter.Next(Lists(Texts.ReportButton), TimeSpan.FromSeconds(60));

        await reporter.Choose(Texts.ReportButton.Plain(Lang.Vi), Lists("Facebook"));
        await reporter.Choose("Facebook");
        foreach (var answer in new[] { "Trang Phường 2", "facebook.com/mttqphuong2", "1.250", "10", "20", "30", "2", "5" })
        {
            await reporter.Say(answer);
        }

        await reporter.Choose(Texts.NoMorePages.Plain(Lang.Vi));
        foreach (var answer in new[] { "4", "5", "6", "7", "Thiếu người viết bài", "Tập huấn kỹ năng" })
        {
            await reporter.Say(answer);
        }

        await reporter.Choose(Texts.NominationsDone.Plain(Lang.Vi), Lists(Texts.WardReportSend));
        var sent = await reporter.Choose(Texts.WardReportSend.Plain(Lang.Vi), m => m.Text!.StartsWith(Texts.ReportSent.Plain(Lang.Vi).Split("{0}")[0], StringComparison.Ordinal));
        Assert.Contains(WardRound.Units[1].Name, sent.Text, StringComparison.Ordinal);

        var page = Assert.Single(store.All<UnitReport>().Single().Current!.Content.Pages);
        Assert.Equal((1250L, 2, 5), (page.Followers, page.Admins, page.Collaborators));
        Assert.Equal([10L, 20L, 30L], page.Posts);
        await organizer.Choose(Texts.ReportProgressButton.Plain(Lang.Vi), Lists(Texts.ReportSummaryButton));
        await organizer.Choose(Texts.ReportSummaryButton.Plain(Lang.Vi));
        var stem = $"{WardRound.Meeting.FileStem}-2021-2023-bao-cao";
        foreach (var file in new[] { $"{stem}.xlsx", $"{stem}.csv", $"{stem}-bieu-do.png", $"{stem}-du-thao.docx" })
        {
            await Eventually.True(() => organizer.Received.Any(m => m.Text?.Contains(Texts.FileNotOnChannel.For(Lang.Vi, file).ToPlain(), StringComparison.Ordinal) == true), TimeSpan.FromSeconds(30), file);
        }
    }

    /// <summary>A message that lists this choice as a numbered line.</summary>
    private static Func<FakeZalo.SentMessage, bool> Lists(Msg label) => Lists(label.Plain(Lang.Vi));

    private static Func<FakeZalo.SentMessage, bool> Lists(string label) =>
        m => m.Text?.Split('\n').Any(l => l.Contains(". " + label, StringComparison.Ordinal)) == true;
}
