using System.Globalization;
using System.Text;

namespace FakeServers;

/// <summary>
/// The reading side both fakes share: the messages the bot sent, per chat and in order, a wait for
/// the one a test expects (its timeout lists what the chat got), and the send rates per second.
/// Each fake records its own message type and says how one reads in a timeout message.
/// </summary>
public abstract class RecordingApiServer<TChat, TMessage> : FakeApiServer
    where TChat : notnull
{
    private readonly IEqualityComparer<TChat> _chats;

    protected RecordingApiServer(string token, StringComparer methodNames, long maxRequestBodySize, IEqualityComparer<TChat>? chats = null)
        : base(token, methodNames, maxRequestBodySize)
    {
        _chats = chats ?? EqualityComparer<TChat>.Default;
        Sends = new SendWindows<TChat>(_chats);
    }

    /// <summary>What the fake recorded for this chat (each fake says which calls it records), in order.</summary>
    public IReadOnlyList<TMessage> SentTo(TChat chatId)
    {
        lock (Gate)
        {
            return SentToLocked(chatId);
        }
    }

    /// <summary>Everything recorded, all chats, in order.</summary>
    public IReadOnlyList<TMessage> AllSent
    {
        get
        {
            lock (Gate)
            {
                return Sent.ToArray();
            }
        }
    }

    /// <summary>
    /// The highest number of sends (failed attempts included) that arrived within any sliding 1 s
    /// window, all chats together; which calls count as sends is each fake's to say.
    /// </summary>
    public int MaxSendsInAnySecond
    {
        get
        {
            lock (Gate)
            {
                return Sends.MaxInAnySecond;
            }
        }
    }

    /// <summary>The same as <see cref="MaxSendsInAnySecond"/>, for the busiest single chat.</summary>
    public int MaxSendsToOneChatInAnySecond
    {
        get
        {
            lock (Gate)
            {
                return Sends.MaxToOneChatInAnySecond;
            }
        }
    }

    /// <summary>Every recorded message; guarded by <see cref="FakeApiServer.Gate"/>.</summary>
    protected List<TMessage> Sent { get; } = [];

    /// <summary>The sliding windows of sends; guarded by <see cref="FakeApiServer.Gate"/>.</summary>
    protected SendWindows<TChat> Sends { get; }

    protected abstract TChat ChatOf(TMessage message);

    /// <summary>One message as a timeout lists it, after its line's indent.</summary>
    protected abstract void Describe(StringBuilder text, TMessage message);

    /// <summary>Waits until <paramref name="done"/> holds for the chat's messages; on timeout says <paramref name="what"/> and lists them.</summary>
    protected Task WaitForChatAsync(TChat chatId, TimeSpan? timeout, Func<TMessage[], bool> done, string what) =>
        WaitUntilAsync(
            () => SentToLocked(chatId),
            done,
            timeout,
            (got, wait) => DescribeTimeout(chatId, what, wait, got));

    private TMessage[] SentToLocked(TChat chatId) => Sent.Where(m => _chats.Equals(ChatOf(m), chatId)).ToArray();

    private string DescribeTimeout(TChat chatId, string what, TimeSpan wait, TMessage[] got)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{what} to chat {chatId} within {wait.TotalSeconds:0.###} s. ");
        if (got.Length == 0)
        {
            text.Append("The chat got nothing.");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"The chat got {got.Length}:");
        foreach (var m in got)
        {
            text.Append("\n  ");
            Describe(text, m);
        }

        return text.ToString();
    }
}
