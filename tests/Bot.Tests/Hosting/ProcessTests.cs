using Bot.Tests.Support;
using FakeTelegram;

namespace Bot.Tests.Hosting;

/// <summary>What only a real, separate bot process can show.</summary>
public sealed class ProcessTests : OverFakeTelegram
{
    [Fact]
    public async Task Killed_after_commit_and_before_send_the_reply_arrives_exactly_once_after_restart()
    {
        // Every send fails, so the reply is committed to the outbox but never delivered before the kill.
        Fake.FailNext("sendMessage", 500, count: 100_000);
        var chat = new Chat(Fake, 601);
        using (var first = BotProcess.Start(Fake, Folder.DatabasePath))
        {
            chat.User.SendText("/help");
            await Fake.WaitUntilConfirmedAsync(TimeSpan.FromSeconds(30));
            await Eventually.True(() => Fake.Calls("sendMessage") >= 2, TimeSpan.FromSeconds(30), "the reply should have been tried");
            first.Kill();
        }

        Fake.ClearFailures();
        using var second = BotProcess.Start(Fake, Folder.DatabasePath);
        var reply = await chat.Next(timeout: TimeSpan.FromSeconds(30));
        await chat.Say("/lang");

        Assert.Contains("/start", reply.Text, StringComparison.Ordinal);
        Assert.Single(chat.Received, m => m.Text!.Contains("Các lệnh", StringComparison.Ordinal));
        Assert.DoesNotContain(Fake.Token, second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_process_on_the_same_data_file_is_refused_with_a_clear_message()
    {
        using var first = BotProcess.Start(Fake, Folder.DatabasePath);
        await new Chat(Fake, 602).Say("/help");

        using var second = BotProcess.Start(Fake, Folder.DatabasePath);
        var exit = await second.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exit);
        Assert.Contains("đang được một tiến trình bot khác sử dụng", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", second.Output, StringComparison.Ordinal);
        Assert.False(first.HasExited);
    }

    [Fact]
    public async Task A_malformed_token_stops_the_bot_with_one_clear_sentence_and_exit_code_2()
    {
        using var bot = BotProcess.Start(Fake, Folder.DatabasePath, new Dictionary<string, string?> { ["Telegram:Token"] = "not-a-token" });
        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exit);
        Assert.Contains("Telegram__Token", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_refused_by_Telegram_exits_non_zero_without_printing_the_token()
    {
        const string token = "999999:REFUSED-token-abcdefghijklmnopqrstuvw";
        using var bot = BotProcess.Start(Fake, Folder.DatabasePath, new Dictionary<string, string?> { ["Telegram:Token"] = token });
        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exit);
        Assert.Contains("Telegram__Token", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_and_without_a_terminal_the_bot_refuses_to_start_instead_of_exiting_quietly()
    {
        using var bot = BotProcess.Start(Fake, Folder.DatabasePath, new Dictionary<string, string?> { ["Telegram:Token"] = string.Empty });
        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exit);
        Assert.Contains("Bot console", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broadcast_killed_half_way_resumes_after_restart_and_nobody_gets_a_second_copy_except_messages_in_flight()
    {
        var members = Seed.MembersInFile(Folder.DatabasePath, 120);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var paced = new Dictionary<string, string?> { ["Telegram:GlobalPerSecond"] = "40" };
        using (var first = BotProcess.Start(Fake, Folder.DatabasePath, paced))
        {
            await Journeys.BroadcastAsync(organizer, "Thông báo khẩn");
            await Eventually.True(() => members.Sum(id => Fake.SentTo(id).Count) >= 30, TimeSpan.FromSeconds(30));
            first.Kill();
        }

        var beforeRestart = members.Sum(id => Fake.SentTo(id).Count);
        using var second = BotProcess.Start(Fake, Folder.DatabasePath, paced);
        await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        var copies = members.Select(id => Fake.SentTo(id).Count(m => m.Text == "Thông báo khẩn")).ToList();
        Assert.True(beforeRestart < members.Count, "the kill came after the end: nothing was tested");
        Assert.DoesNotContain(0, copies);
        // At most the messages in flight at the kill (the sender keeps up to 8) can arrive twice.
        Assert.InRange(copies.Count(c => c == 2), 0, 8);
        Assert.DoesNotContain(copies, c => c > 2);
    }
}
