using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Hosting;

public sealed class RegistrationOverTelegramTests : OverFakeTelegram
{
    [Fact]
    public async Task A_member_registers_with_a_shared_contact_is_approved_and_sees_their_profile()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var member = new Chat(Fake, 701, "Hoa");

        await member.Say("/start", m => m.Buttons.Any());
        await member.Press("Đồng ý");
        var askPhone = await member.Say("  Nguyễn   Thị Hoa ");
        Assert.Contains(askPhone.ReplyKeyboard.SelectMany(r => r), k => k.RequestContact);
        await member.Share("+84 901 234 567");
        await member.Next(m => m.Buttons.Any());
        await member.Press("Phường 11");
        await member.Say("Phó Chủ tịch UBMTTQ phường", m => m.Buttons.Any());
        var done = await member.Press("Xác nhận");
        Assert.Contains(Texts.SubmittedPending.Vi.Split(", ")[1], done.Text, StringComparison.Ordinal);

        await Journeys.ApproveAsync(organizer, "Nguyễn Thị Hoa");
        var welcome = await member.Next();
        Assert.Contains("đã duyệt", welcome.Text, StringComparison.Ordinal);

        var profile = await member.Say("/hoso", m => m.Buttons.Any());
        Assert.Contains("Nguyễn Thị Hoa", profile.Text, StringComparison.Ordinal);
        Assert.Contains("0901 234 567", profile.Text, StringComparison.Ordinal);
        Assert.Contains("Phường 11", profile.Text, StringComparison.Ordinal);
        var stored = bot.Service<EntityStore>().Find<Member>("telegram:701");
        Assert.Equal(MemberStatus.Approved, stored!.Status);
    }

    [Fact]
    public async Task A_deep_link_with_a_unit_code_skips_the_unit_question()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var member = new Chat(Fake, 702);

        await member.Say("/start P07", m => m.Buttons.Any());
        await member.Press("Đồng ý");
        await member.Say("Trần Văn Nam");
        var next = await member.Say("0987654321", m => !m.Text!.StartsWith('✓'));

        Assert.Contains("Chức vụ", next.Text, StringComparison.Ordinal);
        var review = await member.Say("Thư ký", m => m.Buttons.Any());
        Assert.Contains("Phường 7", review.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_in_the_middle_the_member_continues_at_the_same_step()
    {
        var member = new Chat(Fake, 703);
        await using (var first = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath))
        {
            await member.Say("/start", m => m.Buttons.Any());
            await member.Press("Đồng ý");
            var askPhone = await member.Say("Lý Văn Sáu");
            Assert.Contains(Texts.AskPhone.Vi, askPhone.Text, StringComparison.Ordinal);
        }

        await using var second = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        await member.Say("0901234567", m => m.Buttons.Any());
        await member.Press("Phường 2");
        var review = await member.Say("Ủy viên", m => m.Buttons.Any());

        Assert.Contains("Lý Văn Sáu", review.Text, StringComparison.Ordinal);
        Assert.Contains("0901 234 567", review.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_organizer_pressing_a_forged_approve_button_changes_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var member = new Chat(Fake, 704);
        await Journeys.RegisterAsync(member, "Đỗ Thị Mai", "0911222333", "Phường 4", "Ủy viên");
        var intruder = new Chat(Fake, 705);
        var anyMessage = await intruder.Say("/help");

        intruder.User.PressButton(anyMessage with { }, "appr:yes:telegram:704");
        var answer = await intruder.Next();

        Assert.Contains("không có quyền", answer.Text, StringComparison.Ordinal);
        Assert.Equal(MemberStatus.Pending, bot.Service<EntityStore>().Find<Member>("telegram:704")!.Status);
    }

    [Fact]
    public async Task Five_hundred_people_registering_at_once_end_as_five_hundred_correct_members()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        const int people = 500;
        var wards = Enumerable.Range(1, 14).Select(i => $"Phường {i}").ToArray();

        await Task.WhenAll(Enumerable.Range(0, people).Select(i => Task.Run(() =>
            Journeys.RegisterAsync(new Chat(Fake, 10_000 + i) { WaitsWhileTheBotProgresses = true }, Name(i), Phone(i), wards[i % 14], $"Ủy viên {i}"))));

        var members = bot.Service<EntityStore>().All<Member>().ToDictionary(m => m.Id);
        Assert.Equal(people, members.Count);
        for (var i = 0; i < people; i++)
        {
            var member = members[$"telegram:{10_000 + i}"];
            Assert.Equal(Name(i), member.FullName);
            Assert.Equal("+849" + (10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), member.Phone);
            Assert.Equal($"P{(i % 14) + 1:00}", member.UnitCode);
            Assert.Equal($"Ủy viên {i}", member.Position);
            Assert.Equal(MemberStatus.Pending, member.Status);
        }
    }

    private static string Name(int i) => $"Người Thứ {Letters(i)}";

    // Names may not contain digits, so the number is spelled with letters.
    private static string Letters(int i) => new(i.ToString("000", System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + (d - '0'))).ToArray());

    private static string Phone(int i) => "09" + (10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
