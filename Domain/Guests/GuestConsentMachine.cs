using Domain.Conversations;

namespace Domain.Guests;

/// <summary>
/// The guest's first step, as a machine: the opened invitation asks for consent to keep the
/// answer and name; agreeing binds the link to this chat and hands over to the RSVP machine's
/// answers, refusing keeps nothing, and a link another chat has taken is refused. Only the
/// Consent step is stored: the session leaves the flow on every other.
/// </summary>
public sealed class GuestConsentMachine : FlowMachine<GuestConsentMachine.State, GuestConsentMachine.Trigger>
{
    private readonly IGuestConsentActions actions;

    public GuestConsentMachine(Turn turn, IGuestConsentActions actions)
        : base(turn, State.Invited)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        Configure();
    }

    public enum State
    {
        Invited,
        Consent,
        Answering,
    }

    public enum Trigger
    {
        Open,
        Agree,
        Refuse,
    }

    public bool Finished => Machine.State != State.Consent;

    public static string Diagram() => new GuestConsentMachine(SampleTurn(), NoActions.Instance).Mermaid();

    public bool Open() => Try(Trigger.Open);

    public bool Agree() => Try(Trigger.Agree);

    public bool Refuse() => Try(Trigger.Refuse);

    private void Configure()
    {
        Machine.Configure(State.Invited)
            .Permit(Trigger.Open, State.Consent)
            .OnEntryFrom(Trigger.Refuse, Refused, "keep nothing")
            .OnEntryFrom(Trigger.Agree, Taken, "link taken by another chat");

        Machine.Configure(State.Consent)
            .OnEntry(AskConsent, "ask for consent")
            .PermitIf(Trigger.Agree, State.Answering, Free, "link free or already mine")
            .PermitIf(Trigger.Agree, State.Invited, TakenByAnother, "taken by another chat")
            .Permit(Trigger.Refuse, State.Invited);

        Machine.Configure(State.Answering)
            .OnEntry(Claim, "bind the link, ask the answer (RSVP machine)");
    }

    private bool Free() => !actions.TakenByAnother(Turn);

    private bool TakenByAnother() => actions.TakenByAnother(Turn);

    private void AskConsent() => actions.AskConsent(Turn);

    private void Claim() => actions.Claim(Turn);

    private void Refused() => actions.Refused(Turn);

    private void Taken() => actions.Taken(Turn);

    private sealed class NoActions : IGuestConsentActions
    {
        public static readonly NoActions Instance = new();

        public bool TakenByAnother(Turn turn) => false;

        public void AskConsent(Turn turn)
        {
        }

        public void Claim(Turn turn)
        {
        }

        public void Refused(Turn turn)
        {
        }

        public void Taken(Turn turn)
        {
        }
    }
}

/// <summary>What the guest's consent machine does; the invitation is the one the session names.</summary>
public interface IGuestConsentActions
{
    bool TakenByAnother(Turn turn);

    void AskConsent(Turn turn);

    void Claim(Turn turn);

    void Refused(Turn turn);

    void Taken(Turn turn);
}
