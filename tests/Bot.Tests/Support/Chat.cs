using FakeTelegram;

namespace Bot.Tests.Support;

/// <summary>
/// One simulated Telegram user talking to the bot: sends something, then waits for the bot's next
/// new message (optionally the first one that matches).
/// </summary>
public sealed class Chat(FakeBotApi fake, long id, string firstName = "Người dùng")
{
    private readonly FakeUser user = fake.User(id, firstName);
    private int lastSeen;

    public long Id => id;

    public FakeUser User => user;

    public IEnumerable<SentMessage> Received => fake.SentTo(id).Where(m => m.Method.StartsWith("send", StringComparison.Ordinal));

    public Task<SentMessage> Say(string text, Func<SentMessage, bool>? until = null)
    {
        user.SendText(text);
        return Next(until);
    }

    public Task<SentMessage> Share(string phone, long? owner = null)
    {
        user.ShareContact(phone, owner ?? id);
        return Next();
    }

    /// <summary>Presses the button with this label (or data) on the latest message that has it.</summary>
    public Task<SentMessage> Press(string labelOrData, Func<SentMessage, bool>? until = null)
    {
        var message = Received.LastOrDefault(m => m.Buttons.Any(b => b.Text == labelOrData || b.CallbackData == labelOrData))
            ?? throw new InvalidOperationException($"No message to {id} has a button '{labelOrData}'. Last: {Received.LastOrDefault()?.Text}");
        var button = message.Buttons.First(b => b.Text == labelOrData || b.CallbackData == labelOrData);
        user.PressButton(message, button.CallbackData!);
        return Next(until);
    }

    public async Task<SentMessage> Next(Func<SentMessage, bool>? until = null, TimeSpan? timeout = null)
    {
        var after = lastSeen;
        var message = await fake.WaitForAsync(
            id,
            m => m.Method.StartsWith("send", StringComparison.Ordinal) && m.MessageId > after && (until?.Invoke(m) ?? true),
            timeout ?? TimeSpan.FromSeconds(20));
        lastSeen = message.MessageId;
        return message;
    }
}
