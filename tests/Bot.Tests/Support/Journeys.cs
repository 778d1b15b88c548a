using FakeTelegram;

namespace Bot.Tests.Support;

/// <summary>Whole conversations that many tests need, done the way a person would.</summary>
public static class Journeys
{
    /// <summary>Registers through every step and returns the bot's last answer ("awaiting approval").</summary>
    public static async Task<SentMessage> RegisterAsync(Chat chat, string name, string phone, string unit, string position)
    {
        ArgumentNullException.ThrowIfNull(chat);
        await chat.Say("/start", m => m.Buttons.Any());
        await chat.Press("Đồng ý");
        await chat.Say(name);
        await chat.Say(phone, m => m.Buttons.Any());
        await chat.Press(unit);
        await chat.Say(position, m => m.Buttons.Any());
        return await chat.Press("Xác nhận");
    }

    /// <summary>The organizer presses Duyệt on the approval card for the person called <paramref name="name"/>.</summary>
    public static async Task<SentMessage> ApproveAsync(Chat organizer, string name)
    {
        ArgumentNullException.ThrowIfNull(organizer);
        await organizer.Next(m => m.Text!.Contains(name, StringComparison.Ordinal) && m.Buttons.Any(b => b.Text == "Duyệt"));
        var card = organizer.Received.Last(m => m.Text!.Contains(name, StringComparison.Ordinal) && m.Buttons.Any(b => b.Text == "Duyệt"));
        organizer.User.PressButton(card, card.Buttons.First(b => b.Text == "Duyệt").CallbackData!);
        return await organizer.Next(m => m.Text!.Contains("Đã duyệt", StringComparison.Ordinal));
    }

    /// <summary>The organizer broadcasts a text to every member, without answer buttons, and waits for the progress message.</summary>
    public static async Task BroadcastAsync(Chat organizer, string text)
    {
        ArgumentNullException.ThrowIfNull(organizer);
        await organizer.Say("/thongbao");
        await organizer.Say(text, m => m.Buttons.Any());
        await organizer.Press("bc:all", m => m.Buttons.Any());
        await organizer.Press("bc:b:", m => m.Buttons.Any(b => b.CallbackData == "bc:send"));
        await organizer.Press("bc:send", m => m.Text!.Contains("đã gửi 0/", StringComparison.Ordinal));
    }
}
