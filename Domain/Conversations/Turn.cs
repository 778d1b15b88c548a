using Domain.Text;
using Domain.Users;

namespace Domain.Conversations;

/// <summary>
/// One inbound event being handled: what came in, what the bot knows of the sender, and the
/// changes the handlers decide. Handlers change <see cref="Session"/> and add to
/// <see cref="Changes"/>; they never do I/O.
/// </summary>
public sealed class Turn
{
    public Turn(InboundEnvelope input, Session session, IReadModel store, BotSettings settings, DateTimeOffset now)
    {
        // Cleaned here, once, before any handler reads a word of it.
        Input = CleanInput.Of(input);
        Session = session;
        Store = store;
        Settings = settings;
        Now = now;
    }

    public InboundEnvelope Input { get; }

    public Session Session { get; set; }

    public IReadModel Store { get; }

    public BotSettings Settings { get; }

    public DateTimeOffset Now { get; }

    public ChangeSet Changes { get; } = new();

    /// <summary>The person: their records are kept under this key, whichever channel they wrote from.</summary>
    public UserKey From => Input.From;

    /// <summary>The channel identity the event came from.</summary>
    public UserKey ArrivedVia => Input.Via ?? Input.From;

    public Lang Lang => Session.Lang;

    public bool ButtonAcknowledged { get; private set; }

    public void Reply(Outbound message)
    {
        if (message is ButtonAck)
        {
            ButtonAcknowledged = true;
        }

        Changes.Send(From, message);
    }

    public void Say(Msg text, params object?[] args) => Reply(new TextOut(text.For(Lang, args)));

    public void Say(Msg text, IEnumerable<Button> column, params object?[] args) =>
        Reply(new TextOut(text.For(Lang, args)).WithButtonColumn(column));

    /// <summary>Answers a pressed button once, optionally with a short toast.</summary>
    public void Acknowledge(Msg? toast = null)
    {
        if (Input.Event is ButtonIn { CallbackId: { } id } && !ButtonAcknowledged)
        {
            Reply(new ButtonAck(id, toast?.For(Lang).ToPlain()));
        }
    }

    public void Audit(string action, string? subject = null, string? details = null) =>
        Changes.Record(new AuditEntry(Now, From, action, subject, details));

    /// <summary>Queues an event for another user's turn (see <see cref="SignalIn"/>).</summary>
    public void Signal(UserKey to, string name, string args = "") =>
        Changes.Signal(new InboundEnvelope(
            $"signal:{Input.Id}:{to}:{name}:{Changes.Signals.Count}", to, new SignalIn(name, From, args), Now));
}
