using Bot.Storage;
using Bot.Tests.Support;
using Domain.Campaigns;
using Domain.Members;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.Campaigns;

/// <summary>
/// A campaign answered on Zalo with a screenshot: the picture is kept by the address Zalo gives it,
/// and a picture that comes without one is answered with a request for the link instead.
/// </summary>
public sealed class CampaignOnZaloTests : IAsyncLifetime
{
    private const string Title = "Chia sẻ bài Ngày hội Đại đoàn kết";
    private const string Photo = "https://photo.fake-zalo.test/nhom-kin-khu-pho-3.jpg";

    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_member_answers_with_a_screenshot_kept_by_its_Zalo_address_and_a_picture_without_one_asks_for_the_link()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var organizer = new ZaloChat(zalo, organizerUser);
        var memberUser = zalo.AddUser("Lê Văn Tâm");
        var member = new ZaloChat(zalo, memberUser);
        var store = bot.Service<EntityStore>();
        store.Put(new Member { Id = $"zalo:{memberUser.Id}", FullName = "Lê Văn Tâm", Phone = "+84903555666", UnitCode = "P05", Position = "Ủy viên", Status = MemberStatus.Approved });

        await organizer.Say("/chiendich", m => m.Text!.Contains(". " + Texts.CampaignNew.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.CampaignNew.Plain(Lang.Vi));
        await organizer.Say(Title);
        await organizer.Say("https://www.facebook.com/mttq.q5/posts/100", m => m.Text!.Contains(". " + Texts.CampaignNoPicture.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.CampaignNoPicture.Plain(Lang.Vi));
        await organizer.Say("Chia sẻ vào nhóm Zalo khu phố", m => m.Text!.Contains(". " + Texts.AudienceAll.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.AudienceAll.Plain(Lang.Vi));
        await organizer.Say("3 ngày", m => m.Text!.Contains(". " + Texts.CampaignProofYes.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.CampaignProofYes.Plain(Lang.Vi), m => m.Text!.Contains(". " + Texts.SendNotice.Plain(Lang.Vi), StringComparison.Ordinal));
        await organizer.Choose(Texts.SendNotice.Plain(Lang.Vi));

        await member.Next(m => m.Text!.Contains(Title, StringComparison.Ordinal) && m.Text.Contains(". " + Texts.CampaignDoneButton.Plain(Lang.Vi), StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var campaign = store.All<Campaign>().Single();
        await member.Choose(Texts.CampaignDoneButton.Plain(Lang.Vi), m => m.Text!.Contains(Title, StringComparison.Ordinal));

        memberUser.Send(memberUser.ImageEventWithoutAddress());
        Assert.Equal(Texts.CampaignProofUnreadable.Plain(Lang.Vi), (await member.Next()).Text);
        Assert.Null(store.Find<CampaignAnswer>(CampaignAnswer.IdFor(campaign.Id, $"zalo:{memberUser.Id}")));

        memberUser.SendImage(Photo);
        await member.Next(m => m.Text!.Contains(". " + Texts.CampaignProofDone.Plain(Lang.Vi), StringComparison.Ordinal));
        await member.Choose(Texts.CampaignProofDone.Plain(Lang.Vi), m => m.Text!.Contains(Title, StringComparison.Ordinal));

        var answer = store.Find<CampaignAnswer>(CampaignAnswer.IdFor(campaign.Id, $"zalo:{memberUser.Id}"))!;
        Assert.Equal(CampaignOutcome.Done, answer.Outcome);
        Assert.Equal([Photo], answer.Photos);
        Assert.Empty(answer.Links);
    }
}
