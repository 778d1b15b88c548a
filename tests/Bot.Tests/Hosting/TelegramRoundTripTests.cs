using Bot.Delivery;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Hosting;

public sealed class TelegramRoundTripTests : OverFakeTelegram
{
    [Fact]
    public async Task Start_is_answered_in_Vietnamese_html_with_the_consent_buttons()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var chat = new Chat(Fake, 501);

        var reply = await chat.Say("/start", m => m.Buttons.Any());

        Assert.Equal("Html", reply.ParseMode);
        Assert.Contains("Đăng ký " + new Domain.Conversations.Organization().TeamName.Vi, reply.Text, StringComparison.Ordinal);
        Assert.Equal(["Đồng ý", "Không đồng ý"], reply.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task The_command_menu_is_registered_in_Vietnamese_and_English()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        await new Chat(Fake, 502).Say("/help");

        Assert.Contains(Fake.Commands[""], c => c.Command == "start" && c.Description == "Bắt đầu");
        Assert.Contains(Fake.Commands["en"], c => c.Command == "start" && c.Description == "Start");
        Assert.DoesNotContain(Fake.Commands[""], c => c.Command == "choduyet");
    }

    [Fact]
    public async Task An_update_delivered_twice_is_handled_once()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var chat = new Chat(Fake, 503);
        var first = chat.User.SendText("xin chào");
        await chat.Next();

        chat.User.Repeat(first);
        await chat.Say("/help");

        // Replies to one user come in order, so the repeated update was dealt with before /help.
        Assert.Single(chat.Received, m => m.Text == Texts.NotRegistered.Plain(Lang.Vi));
    }

    [Fact]
    public async Task User_text_is_escaped_in_html_replies()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var chat = new Chat(Fake, 504);
        await chat.Say("/start", m => m.Buttons.Any());
        await chat.Press("Đồng ý");
        await chat.Say("Lê Thị Hoa");
        await chat.Say("0901234567", m => m.Buttons.Any());
        await chat.Press("Phường 5");

        var review = await chat.Say("Tổ trưởng <b>&", m => m.Buttons.Any());

        Assert.Contains("Tổ trưởng &lt;b&gt;&amp;", review.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_press_is_answered_but_the_answer_is_not_stored()
    {
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath))
        {
            var chat = new Chat(Fake, 509);
            await chat.Say("/start", m => m.Buttons.Any());
            await chat.Press("Đồng ý");
            await Eventually.True(() => Fake.AnsweredCallbacks.Count == 1, because: "the press should be answered");
            await Eventually.True(() => bot.Service<OutboxQueue>().Idle.IsIdle);
        }

        // One row for each message the fake received, each with the id Telegram gave it; none
        // for the answer to the press, which has no such id.
        using var database = new Database(Folder.DatabasePath, StoredEntities.Types);
        var rows = database.Outbox.FindAll().ToList();
        Assert.Equal(Fake.AllSent.Count, rows.Count);
        Assert.True(rows.Count >= 2);
        Assert.All(rows, row => Assert.True(row["mid"].IsNumber, row.ToString()));
    }

    [Fact]
    public async Task Too_many_requests_waits_retry_after_then_delivers_once()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        Fake.FailNext("sendMessage", 429, retryAfterSeconds: 1);
        var chat = new Chat(Fake, 505);
        var sentAt = DateTimeOffset.UtcNow;

        var reply = await chat.Say("/help");

        Assert.Equal(1, Fake.TooManyRequests);
        Assert.True(reply.At - sentAt >= TimeSpan.FromSeconds(0.9), $"The retry came after {(reply.At - sentAt).TotalSeconds} s.");
        Assert.Single(chat.Received);
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_message_goes_through()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        Fake.FailNext("sendMessage", 502, count: 3);
        var chat = new Chat(Fake, 506);

        var reply = await chat.Say("/help");

        Assert.Contains("/start", reply.Text, StringComparison.Ordinal);
        Assert.Single(chat.Received);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_marked_unreachable_and_later_sends_to_them_are_skipped()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var member = new Chat(Fake, 507);
        await Journeys.RegisterAsync(member, "Phạm Văn Minh", "0912345678", "Phường 3", "Ủy viên");
        Fake.Block(member.Id);

        await Journeys.ApproveAsync(organizer, "Phạm Văn Minh");
        var reachability = bot.Service<Reachability>();
        await Eventually.True(() => reachability.IsUnreachable(UpdateKey(member.Id)), because: "403 should mark the member unreachable");

        // Changing the member's role messages the organizer and the member; only the organizer's is attempted.
        var before = Fake.Calls("sendMessage");
        await organizer.Say("/thanhvien", m => m.Buttons.Any());
        await organizer.Press("Phường 3 (1)", m => m.Buttons.Any());
        await organizer.Press("Phạm Văn Minh – Thành viên", m => m.Buttons.Any());
        await organizer.Press(Texts.RoleCoordinator.Vi, m => m.Text!.Contains("Đã đổi vai trò", StringComparison.Ordinal));
        await Eventually.True(() => bot.Service<OutboxQueue>().Idle.IsIdle);
        Assert.Equal(before + 4, Fake.Calls("sendMessage"));

        Fake.Unblock(member.Id);
        var reply = await member.Say("/help");
        Assert.False(reachability.IsUnreachable(UpdateKey(member.Id)));
        Assert.Contains("/start", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_never_appears_in_the_logs_even_when_every_call_fails()
    {
        var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        await new Chat(Fake, 508).Say("/help");
        Fake.FailNext("sendMessage", 500, count: 3);
        Fake.FailNext("getUpdates", 502, count: 2);
        Fake.User(508).SendText("/help");
        await Eventually.True(() => Fake.Calls("sendMessage") >= 5);

        await Fake.DisposeAsync();
        await Eventually.True(() => bot.Logs.Lines.Any(l => l.Contains("Polling failed", StringComparison.Ordinal)));
        await bot.StopAsync();

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(Fake.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(Fake.Token.Split(':')[1], StringComparison.Ordinal));
    }

    private static Domain.Users.UserKey UpdateKey(long id) => Bot.Telegram.UpdateMapper.Key(id);
}
