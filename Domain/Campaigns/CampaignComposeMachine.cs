using Domain.Conversations;

namespace Domain.Campaigns;

/// <summary>
/// Composing a campaign: the title, the text or the official post's link, an optional picture,
/// what members should do, the audience (everyone, chosen units, a group of units), the deadline,
/// whether proof is required, then a preview with the number of recipients, from which the
/// organizer sends, starts over or cancels. Rebuilt from the session on every message; nothing is
/// sent before Send.
/// </summary>
public sealed class CampaignComposeMachine : FlowMachine<CampaignComposeMachine.State, CampaignComposeMachine.Trigger>
{
    private readonly ICampaignComposeActions actions;

    public CampaignComposeMachine(Turn turn, ICampaignComposeActions actions)
        : base(turn, State.Title)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        Configure();
    }

    public enum State
    {
        Title,
        Content,
        Picture,
        Action,
        Audience,
        Units,
        Group,
        Deadline,
        Proof,
        Preview,
        Sent,
        Cancelled,
    }

    public enum Trigger
    {
        TitleGiven,
        ContentGiven,
        PictureGiven,
        NoPicture,
        ActionGiven,
        Everyone,
        PickUnits,
        UnitsDone,
        PickGroup,
        GroupChosen,
        DeadlineGiven,
        ProofChosen,
        DeadlinePassed,
        Send,
        Edit,
        Cancel,
    }

    public State Current => Machine.State;

    public bool Finished => Machine.State is State.Sent or State.Cancelled;

    public static string Diagram() => new CampaignComposeMachine(SampleTurn(), NoActions.Instance).Mermaid();

    public bool GiveTitle(string title) => Give(Trigger.TitleGiven, "title", title);

    /// <summary>The text (HTML-escaped) and the link found in it, if any.</summary>
    public bool GiveContent(string html, string? link)
    {
        Turn.Session = Turn.Session.Set("link", link);
        return Give(Trigger.ContentGiven, "text", html);
    }

    public bool GivePicture(string fileId) => Give(Trigger.PictureGiven, "picture", fileId);

    public bool NoPicture() => Try(Trigger.NoPicture);

    public bool GiveAction(string html) => Give(Trigger.ActionGiven, "action", html);

    public bool Everyone() => Give(Trigger.Everyone, "audience", "all");

    public bool PickUnits() => Try(Trigger.PickUnits);

    public bool UnitsDone(string codes) => Give(Trigger.UnitsDone, "audience", $"units:{codes}");

    public bool PickGroup() => Try(Trigger.PickGroup);

    public bool ChooseGroup(string group) => Give(Trigger.GroupChosen, "audience", $"group:{group}");

    public bool GiveDeadline(DateTimeOffset deadline) => Give(Trigger.DeadlineGiven, "deadline", deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    public bool ChooseProof(bool required) => Give(Trigger.ProofChosen, "proof", required ? "1" : "0");

    public bool Send() => Try(Trigger.Send);

    /// <summary>The preview waited past its deadline: the deadline is asked again (then the proof, then the preview).</summary>
    public bool Redate() => Try(Trigger.DeadlinePassed);

    /// <summary>Starts over from the title, the earlier answers shown again as each question comes.</summary>
    public bool Edit() => Try(Trigger.Edit);

    public bool Cancel() => Try(Trigger.Cancel);

    private void Configure()
    {
        Machine.Configure(State.Title).OnEntry(() => actions.AskTitle(Turn)).Permit(Trigger.TitleGiven, State.Content);
        Machine.Configure(State.Content).OnEntry(() => actions.AskContent(Turn)).Permit(Trigger.ContentGiven, State.Picture);
        Machine.Configure(State.Picture).OnEntry(() => actions.AskPicture(Turn))
            .Permit(Trigger.PictureGiven, State.Action)
            .Permit(Trigger.NoPicture, State.Action);
        Machine.Configure(State.Action).OnEntry(() => actions.AskAction(Turn)).Permit(Trigger.ActionGiven, State.Audience);
        Machine.Configure(State.Audience).OnEntry(() => actions.AskAudience(Turn))
            .Permit(Trigger.Everyone, State.Deadline)
            .Permit(Trigger.PickUnits, State.Units)
            .Permit(Trigger.PickGroup, State.Group);
        Machine.Configure(State.Units).OnEntry(() => actions.AskUnits(Turn)).Permit(Trigger.UnitsDone, State.Deadline);
        Machine.Configure(State.Group).OnEntry(() => actions.AskGroup(Turn)).Permit(Trigger.GroupChosen, State.Deadline);
        Machine.Configure(State.Deadline).OnEntry(() => actions.AskDeadline(Turn)).Permit(Trigger.DeadlineGiven, State.Proof);
        Machine.Configure(State.Proof).OnEntry(() => actions.AskProof(Turn)).Permit(Trigger.ProofChosen, State.Preview);
        Machine.Configure(State.Preview).OnEntry(() => actions.ShowPreview(Turn))
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.DeadlinePassed, State.Deadline)
            .Permit(Trigger.Edit, State.Title)
            .Permit(Trigger.Cancel, State.Cancelled);
        Machine.Configure(State.Sent).OnEntry(() => actions.Send(Turn));
        Machine.Configure(State.Cancelled).OnEntry(() => actions.Cancelled(Turn));
    }

    private sealed class NoActions : ICampaignComposeActions
    {
        public static readonly NoActions Instance = new();

        public void AskTitle(Turn turn) { }

        public void AskContent(Turn turn) { }

        public void AskPicture(Turn turn) { }

        public void AskAction(Turn turn) { }

        public void AskAudience(Turn turn) { }

        public void AskUnits(Turn turn) { }

        public void AskGroup(Turn turn) { }

        public void AskDeadline(Turn turn) { }

        public void AskProof(Turn turn) { }

        public void ShowPreview(Turn turn) { }

        public void Send(Turn turn) { }

        public void Cancelled(Turn turn) { }
    }
}

/// <summary>What the compose machine does on entering a step.</summary>
public interface ICampaignComposeActions
{
    void AskTitle(Turn turn);

    void AskContent(Turn turn);

    void AskPicture(Turn turn);

    void AskAction(Turn turn);

    void AskAudience(Turn turn);

    void AskUnits(Turn turn);

    void AskGroup(Turn turn);

    void AskDeadline(Turn turn);

    void AskProof(Turn turn);

    void ShowPreview(Turn turn);

    void Send(Turn turn);

    void Cancelled(Turn turn);
}
