using Domain.Conversations;
using Stateless;

namespace Domain.ContentReports;

/// <summary>
/// Sending one report: the link and/or screenshots, the platform (taken from the link when its
/// host names one), the description, where it circulates (optional), then a preview to send,
/// change or cancel. Rebuilt from the session on every message; prompts are entry actions, so a
/// rebuild says nothing, and nothing leaves the member's queue before the machine reaches Sent.
/// </summary>
public sealed class ReportMachine : FlowMachine<ReportMachine.State, ReportMachine.Trigger>
{
    public const string LinkKey = "link";
    public const string PhotosKey = "photos";
    public const string PlatformKey = "platform";
    public const string DescriptionKey = "text";
    public const string PlaceKey = "place";

    private readonly StateMachine<State, Trigger>.TriggerWithParameters<ReportField> pick;
    private readonly IReportActions actions;

    public ReportMachine(Turn turn, IReportActions actions)
        : base(turn, State.Start)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        pick = Machine.SetTriggerParameters<ReportField>(Trigger.Pick);
        Configure();
    }

    public enum State
    {
        Start,
        Evidence,
        Platform,
        Description,
        Place,
        Preview,
        ChooseField,
        Sent,
        Cancelled,
    }

    public enum Trigger
    {
        Begin,
        EvidenceDone,
        PlatformChosen,
        DescriptionGiven,
        PlaceGiven,
        Send,
        Edit,
        Pick,
        Back,
        Cancel,
    }

    public State Current => Machine.State;

    public bool Finished => Machine.State is State.Sent or State.Cancelled;

    private bool Editing => Turn.Session.Get(EditingKey) is not null;

    private bool PlatformKnown => Turn.Session.Get(PlatformKey) is not null;

    /// <summary>The Mermaid state diagram of the machine, for the docs. Building it runs no action.</summary>
    public static string Diagram() => new ReportMachine(SampleTurn(), NoReportActions.Instance).Mermaid();

    public bool Begin() => Try(Trigger.Begin);

    /// <summary>Ends the evidence step; <paramref name="platformFromLink"/> fills the platform the first time, when the link names one.</summary>
    public bool EvidenceDone(ReportPlatform? platformFromLink)
    {
        if (!Machine.CanFire(Trigger.EvidenceDone))
        {
            return false;
        }

        if (!Editing && !PlatformKnown && platformFromLink is { } platform)
        {
            Turn.Session = Turn.Session.Set(PlatformKey, platform.ToString());
        }

        Machine.Fire(Trigger.EvidenceDone);
        return true;
    }

    public bool ChoosePlatform(ReportPlatform platform) => Give(Trigger.PlatformChosen, PlatformKey, platform.ToString());

    public bool GiveDescription(string text) => Give(Trigger.DescriptionGiven, DescriptionKey, text);

    /// <summary>The place; empty when skipped.</summary>
    public bool GivePlace(string place) => Give(Trigger.PlaceGiven, PlaceKey, place);

    public bool Send() => Try(Trigger.Send);

    public bool Edit() => Try(Trigger.Edit);

    public bool Back() => Try(Trigger.Back);

    public bool Cancel() => Try(Trigger.Cancel);

    public bool Pick(ReportField field)
    {
        if (!Machine.CanFire(pick, field))
        {
            return false;
        }

        Turn.Session = Turn.Session.Set(EditingKey, "1");
        if (field == ReportField.Evidence)
        {
            // New evidence replaces the old: the member sends the link and photos again.
            Turn.Session = Turn.Session.Set(LinkKey, null).Set(PhotosKey, null);
        }

        Machine.Fire(pick, field);
        return true;
    }

    private void Configure()
    {
        Machine.Configure(State.Start)
            .Permit(Trigger.Begin, State.Evidence);

        Machine.Configure(State.Evidence)
            .OnEntry(() => actions.AskEvidence(Turn))
            .PermitIf(Trigger.EvidenceDone, State.Preview, () => Editing, "editing")
            .PermitIf(Trigger.EvidenceDone, State.Description, () => !Editing && PlatformKnown, "platform from the link")
            .PermitIf(Trigger.EvidenceDone, State.Platform, () => !Editing && !PlatformKnown, "platform to choose");

        Machine.Configure(State.Platform)
            .OnEntry(() => actions.AskPlatform(Turn))
            .PermitIf(Trigger.PlatformChosen, State.Preview, () => Editing, "editing")
            .PermitIf(Trigger.PlatformChosen, State.Description, () => !Editing, "first time");

        Machine.Configure(State.Description)
            .OnEntry(() => actions.AskDescription(Turn))
            .PermitIf(Trigger.DescriptionGiven, State.Preview, () => Editing, "editing")
            .PermitIf(Trigger.DescriptionGiven, State.Place, () => !Editing, "first time");

        Machine.Configure(State.Place)
            .OnEntry(() => actions.AskPlace(Turn))
            .Permit(Trigger.PlaceGiven, State.Preview);

        Machine.Configure(State.Preview)
            .OnEntry(() =>
            {
                Turn.Session = Turn.Session.Set(EditingKey, null);
                actions.ShowPreview(Turn);
            })
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.Edit, State.ChooseField)
            .Permit(Trigger.Cancel, State.Cancelled);

        Machine.Configure(State.ChooseField)
            .OnEntry(() => actions.AskField(Turn))
            .Permit(Trigger.Back, State.Preview)
            .PermitDynamic(
                pick,
                field => field switch
                {
                    ReportField.Evidence => State.Evidence,
                    ReportField.Platform => State.Platform,
                    ReportField.Description => State.Description,
                    _ => State.Place,
                },
                "the field picked",
                new Stateless.Reflection.DynamicStateInfos
                {
                    { State.Evidence.ToString(), "evidence" },
                    { State.Platform.ToString(), "platform" },
                    { State.Description.ToString(), "description" },
                    { State.Place.ToString(), "place" },
                });

        Machine.Configure(State.Sent).OnEntryFrom(Trigger.Send, Submit, "hand it to the report desk");
        Machine.Configure(State.Cancelled).OnEntryFrom(Trigger.Cancel, Drop, "send nothing");
    }

    private void Submit() => actions.Submit(Turn);

    private void Drop() => actions.Cancelled(Turn);
}

/// <summary>What the report machine asks and does on its transitions.</summary>
public interface IReportActions
{
    void AskEvidence(Turn turn);

    void AskPlatform(Turn turn);

    void AskDescription(Turn turn);

    void AskPlace(Turn turn);

    void ShowPreview(Turn turn);

    void AskField(Turn turn);

    void Submit(Turn turn);

    void Cancelled(Turn turn);
}

/// <summary>Does nothing: the diagram is drawn from a machine that must not speak.</summary>
internal sealed class NoReportActions : IReportActions
{
    public static readonly NoReportActions Instance = new();

    public void AskEvidence(Turn turn)
    {
    }

    public void AskPlatform(Turn turn)
    {
    }

    public void AskDescription(Turn turn)
    {
    }

    public void AskPlace(Turn turn)
    {
    }

    public void ShowPreview(Turn turn)
    {
    }

    public void AskField(Turn turn)
    {
    }

    public void Submit(Turn turn)
    {
    }

    public void Cancelled(Turn turn)
    {
    }
}
