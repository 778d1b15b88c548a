using Domain.Conversations;

namespace Domain.Campaigns;

/// <summary>
/// A member's answer to a campaign: ✅ asks for the proof (links or screenshots; "Bỏ qua" when the
/// campaign does not require it), and after each proof offers to add more or finish; "Không thực
/// hiện được" asks for an optional reason. The answer is stored as each part arrives, so nothing
/// given is lost when the member walks away.
/// </summary>
public sealed class CampaignAnswerMachine : FlowMachine<CampaignAnswerMachine.State, CampaignAnswerMachine.Trigger>
{
    private readonly ICampaignAnswerActions actions;

    public CampaignAnswerMachine(Turn turn, ICampaignAnswerActions actions)
        : base(turn, State.Idle)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        Configure();
    }

    public enum State
    {
        Idle,
        Proof,
        MoreProof,
        Reason,
        Saved,
    }

    public enum Trigger
    {
        PressDone,
        PressCouldNot,
        ProofGiven,
        SkipProof,
        Finish,
        ReasonGiven,
        SkipReason,
    }

    public State Current => Machine.State;

    public bool Finished => Machine.State is State.Saved;

    public static string Diagram() => new CampaignAnswerMachine(SampleTurn(), NoActions.Instance).Mermaid();

    public bool Done() => Try(Trigger.PressDone);

    public bool CouldNot() => Try(Trigger.PressCouldNot);

    public bool ProofGiven() => Try(Trigger.ProofGiven);

    public bool SkipProof() => Try(Trigger.SkipProof);

    public bool Finish() => Try(Trigger.Finish);

    public bool ReasonGiven() => Try(Trigger.ReasonGiven);

    public bool SkipReason() => Try(Trigger.SkipReason);

    private void Configure()
    {
        Machine.Configure(State.Idle)
            .Permit(Trigger.PressDone, State.Proof)
            .Permit(Trigger.PressCouldNot, State.Reason);
        Machine.Configure(State.Proof).OnEntry(() => actions.AskProof(Turn))
            .Permit(Trigger.ProofGiven, State.MoreProof)
            .PermitIf(Trigger.SkipProof, State.Saved, () => !actions.ProofRequired(Turn), "proof not required");
        Machine.Configure(State.MoreProof).OnEntry(() => actions.AskMoreProof(Turn), "ask for more")
            .PermitReentry(Trigger.ProofGiven)
            .Permit(Trigger.Finish, State.Saved);
        Machine.Configure(State.Reason).OnEntry(() => actions.AskReason(Turn))
            .Permit(Trigger.ReasonGiven, State.Saved)
            .Permit(Trigger.SkipReason, State.Saved);
        Machine.Configure(State.Saved).OnEntry(() => actions.Finished(Turn));
    }

    private sealed class NoActions : ICampaignAnswerActions
    {
        public static readonly NoActions Instance = new();

        public bool ProofRequired(Turn turn) => false;

        public void AskProof(Turn turn) { }

        public void AskMoreProof(Turn turn) { }

        public void AskReason(Turn turn) { }

        public void Finished(Turn turn) { }
    }
}

/// <summary>What the answer machine asks and says.</summary>
public interface ICampaignAnswerActions
{
    bool ProofRequired(Turn turn);

    void AskProof(Turn turn);

    void AskMoreProof(Turn turn);

    void AskReason(Turn turn);

    void Finished(Turn turn);
}
