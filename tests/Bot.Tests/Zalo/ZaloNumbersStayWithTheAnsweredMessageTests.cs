using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.Zalo;

/// <summary>
/// An organizer on Zalo with the list of waiting registrations open receives a new approval card:
/// "1" still means the list's first choice, and the card is answered by its own numbers. The real
/// host, a real LiteDB file, the fake Zalo Bot API.
/// </summary>
public sealed partial class ZaloNumbersStayWithTheAnsweredMessageTests : IAsyncLifetime
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
    public async Task A_card_arriving_while_a_list_is_open_takes_the_next_numbers_and_1_still_means_the_list()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var organizer = new ZaloChat(zalo, organizerUser);
        var first = new ZaloChat(zalo, zalo.AddUser("Lê Văn Tâm"));
        var stranger = new ZaloChat(zalo, zalo.AddUser("Người Lạ Mặt"));
        var store = bot.Service<EntityStore>();
        await RegisterAsync(first, "Lê Văn Tâm");
        await organizer.Next(m => m.Text!.Contains("Lê Văn Tâm", StringComparison.Ordinal));

        var list = await organizer.Say("/choduyet", m => m.Text!.Contains("Lê Văn Tâm", StringComparison.Ordinal) && Numbered().IsMatch(m.Text));
        var listed = Numbered().Count(list.Text!);
        await RegisterAsync(stranger, "Người Lạ Mặt");
        var card = await organizer.Next(m => m.Text!.Contains("Người Lạ Mặt", StringComparison.Ordinal));

        Assert.Contains($"\n{listed + 1}. {Texts.Approve.Vi}", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"\n1. {Texts.Approve.Vi}", card.Text, StringComparison.Ordinal);

        // "1" answers the list the organizer opened: the first registration is approved, not the stranger's.
        // A typed choice that decides about someone first names them and asks once.
        await organizer.Say("1", m => m.Text!.Contains("Lê Văn Tâm", StringComparison.Ordinal) && m.Text.Contains($"1. {Texts.ConfirmGo.Vi}", StringComparison.Ordinal));
        await organizer.Say("1");
        await Eventually.True(() => store.Find<Member>($"zalo:{first.Id}")!.Status == MemberStatus.Approved);
        Assert.Equal(MemberStatus.Pending, store.Find<Member>($"zalo:{stranger.Id}")!.Status);
    }

    [Fact]
    public async Task The_cards_own_number_approves_its_person()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var organizer = new ZaloChat(zalo, organizerUser);
        var first = new ZaloChat(zalo, zalo.AddUser("Phạm Thị Hoa"));
        var second = new ZaloChat(zalo, zalo.AddUser("Đinh Văn Nam"));
        var store = bot.Service<EntityStore>();
        await RegisterAsync(first, "Phạm Thị Hoa");
        await organizer.Next(m => m.Text!.Contains("Phạm Thị Hoa", StringComparison.Ordinal));
        var list = await organizer.Say("/choduyet", m => m.Text!.Contains("Phạm Thị Hoa", StringComparison.Ordinal) && Numbered().IsMatch(m.Text));
        await RegisterAsync(second, "Đinh Văn Nam");
        await organizer.Next(m => m.Text!.Contains("Đinh Văn Nam", StringComparison.Ordinal));

        await organizer.Say(
            (Numbered().Count(list.Text!) + 1).ToString(CultureInfo.InvariantCulture),
            m => m.Text!.Contains("Đinh Văn Nam", StringComparison.Ordinal) && m.Text.Contains($"1. {Texts.ConfirmGo.Vi}", StringComparison.Ordinal));
        await organizer.Say("1");

        await Eventually.True(() => store.Find<Member>($"zalo:{second.Id}")!.Status == MemberStatus.Approved);
        Assert.Equal(MemberStatus.Pending, store.Find<Member>($"zalo:{first.Id}")!.Status);
    }

    private static async Task RegisterAsync(ZaloChat member, string name)
    {
        await member.Say("/start", m => m.Text!.Contains($". {Texts.Agree.Vi}", StringComparison.Ordinal));
        await member.Say(Texts.Agree.Vi);
        await member.Say(name);
        await member.Say("0903 555 666", m => m.Text!.Contains(". Phường 5", StringComparison.Ordinal));
        await member.Say("Phường 5");
        await member.Say("Ủy viên Ban Công tác Mặt trận", m => m.Text!.Contains(Texts.Confirm.Vi, StringComparison.Ordinal));
        await member.Say(Texts.Confirm.Vi);
    }

    [GeneratedRegex(@"(?m)^\d+\. ")]
    private static partial Regex Numbered();
}
