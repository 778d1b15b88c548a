using FakeTelegram;

namespace Bot.Tests.Support;

/// <summary>
/// One simulated Telegram user talking to the bot: sends something, then waits for the bot's next
/// new message (optionally the first one that matches).
/// </summary>
public sealed class Chat(FakeBotApi fake, long id, string firstName = "Người dùng")
{
    private const int PatienceLimit = 15;

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

    /// <summary>
    /// For a chat among hundreds served at once: its answer may wait behind everyone else's however
    /// healthy the bot, for longer the busier the machine. A wait then fails only once the bot sent
    /// nothing to anyone for the whole timeout (it is stuck, or this chat's answer never comes),
    /// not after the timeout itself while the bot is still working through the others. A bot that
    /// never stops sending still fails, after <see cref="PatienceLimit"/> timeouts.
    /// </summary>
    public bool WaitsWhileTheBotProgresses { get; init; }

    public async Task<SentMessage> Next(Func<SentMessage, bool>? until = null, TimeSpan? timeout = null)
    {
        var after = lastSeen;
        var wait = timeout ?? TimeSpan.FromSeconds(20);
        for (var waited = 1; ; waited++)
        {
            var sentBefore = fake.AllSent.Count;
            try
            {
                var message = await fake.WaitForAsync(
                    id,
                    m => m.Method.StartsWith("send", StringComparison.Ordinal) && m.MessageId > after && (until?.Invoke(m) ?? true),
                    wait);
                lastSeen = message.MessageId;
                return message;
            }
            catch (TimeoutException) when (WaitsWhileTheBotProgresses && waited < PatienceLimit && fake.AllSent.Count > sentBefore)
            {
                // The bot answered others meanwhile: this chat's turn is still coming.
            }
        }
    }
}
