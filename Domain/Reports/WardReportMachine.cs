using Domain.Conversations;
using Stateless;

namespace Domain.Reports;

/// <summary>An item of the report the reporter may go back to from the review.</summary>
public enum ReportItem
{
    Platform,
    PageName,
    PageUrl,
    Followers,
    Posts,
    Admins,
    Collaborators,
    Opinions,
    FalseContent,
    Difficulties,
    Proposals,
    Nominations,
}

/// <summary>
/// Writing a unit's report: for each page its platform, name, link, followers, posts per year,
/// administrators and collaborators; then the unit's opinion items per year, false content,
/// difficulties, proposals and nominations; then a review to send, change any item of any page,
/// add or remove a page, or cancel. Revising a sent report starts at the review. Prompts are entry
/// actions, so a rebuild says nothing; nothing is stored before Sent.
/// </summary>
public sealed partial class WardReportMachine : FlowMachine<WardReportMachine.State, WardReportMachine.Trigger>
{
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<ReportItem> pick;
    private readonly IReportSteps steps;
    private readonly int years;

    public WardReportMachine(Turn turn, IReportSteps steps, int years)
        : base(turn, State.Start)
    {
        this.steps = steps ?? throw new ArgumentNullException(nameof(steps));
        this.years = years;
        pick = Machine.SetTriggerParameters<ReportItem>(Trigger.Pick);
        Configure();
    }

    public enum State
    {
        Start,
        Platform,
        PageName,
        PageUrl,
        Followers,
        Posts,
        Admins,
        Collaborators,
        MorePages,
        Opinions,
        FalseContent,
        Difficulties,
        Proposals,
        Nominations,
        NomineeKind,
        NomineeName,
        NomineeUnit,
        NomineeAchievement,
        Review,
        ChooseItem,
        ChoosePageField,
        RemovePage,
        Sent,
        Cancelled,
    }

    public enum Trigger
    {
        Begin,
        Revise,
        Answer,
        AddPage,
        NoMorePages,
        AddNomination,
        NominationsDone,
        Send,
        Edit,
        PickPage,
        Pick,
        AskRemovePage,
        PageRemoved,
        NominationRemoved,
        Back,
        Cancel,
    }

    public State Current => Machine.State;

    public bool Finished => Machine.State is State.Sent or State.Cancelled;


    private bool Reviewed => Turn.Session.Get(ReportDraft.ReviewedKey) is not null;

    private bool MoreYears => ReportDraft.Count(Turn.Session, ReportDraft.YearKey) < years;

    /// <summary>The Mermaid state diagram of the machine, for the docs. Building it runs no action.</summary>
    public static string Diagram() => new WardReportMachine(SampleTurn(), NoReportSteps.Instance, 3).Mermaid();

    public bool Begin()
    {
        Turn.Session = Turn.Session.Set(ReportDraft.PagesKey, "1").Set(ReportDraft.PageKey, "0");
        return Try(Trigger.Begin);
    }

    public bool Revise() => Try(Trigger.Revise);

    /// <summary>An answer for the current step; a yearly figure moves to the next year.</summary>
    public bool Answer(string field, string value, bool yearly = false)
    {
        if (!Machine.CanFire(Trigger.Answer) && !yearly)
        {
            return false;
        }

        var year = ReportDraft.Count(Turn.Session, ReportDraft.YearKey);
        Turn.Session = Turn.Session.Set(field, value).Set(ReportDraft.YearKey, ReportDraft.Text(yearly ? year + 1 : 0));
        if (Machine.CanFire(Trigger.Answer))
        {
            Machine.Fire(Trigger.Answer);
            return true;
        }

        Turn.Session = Turn.Session.Set(ReportDraft.YearKey, ReportDraft.Text(year));
        return false;
    }

    public bool AddPage()
    {
        if (!Machine.CanFire(Trigger.AddPage))
        {
            return false;
        }

        var pages = ReportDraft.Count(Turn.Session, ReportDraft.PagesKey);
        Turn.Session = Turn.Session.Set(ReportDraft.PagesKey, ReportDraft.Text(pages + 1)).Set(ReportDraft.PageKey, ReportDraft.Text(pages));
        Machine.Fire(Trigger.AddPage);
        return true;
    }

    public bool NoMorePages() => Try(Trigger.NoMorePages);

    public bool AddNomination()
    {
        if (!Machine.CanFire(Trigger.AddNomination))
        {
            return false;
        }

        var count = ReportDraft.Count(Turn.Session, ReportDraft.NominationsKey);
        Turn.Session = Turn.Session.Set(ReportDraft.NominationsKey, ReportDraft.Text(count + 1));
        Machine.Fire(Trigger.AddNomination);
        return true;
    }

    public bool NominationsDone() => Try(Trigger.NominationsDone);

    public bool Send() => Try(Trigger.Send);

    public bool Edit() => Try(Trigger.Edit);

    public bool Back() => Try(Trigger.Back);

    public bool Cancel() => Try(Trigger.Cancel);

    public bool AskRemovePage() => Try(Trigger.AskRemovePage);

    public bool PageRemoved() => Try(Trigger.PageRemoved);

    public bool NominationRemoved() => Try(Trigger.NominationRemoved);

    public bool PickPage(int page)
    {
        if (!Machine.CanFire(Trigger.PickPage) || page < 0 || page >= ReportDraft.Count(Turn.Session, ReportDraft.PagesKey))
        {
            return false;
        }

        Turn.Session = Turn.Session.Set(ReportDraft.PageKey, ReportDraft.Text(page));
        Machine.Fire(Trigger.PickPage);
        return true;
    }

    public bool Pick(ReportItem item)
    {
        if (!Machine.CanFire(pick, item))
        {
            return false;
        }

        Turn.Session = Turn.Session.Set(EditingKey, "1").Set(ReportDraft.YearKey, "0");
        Machine.Fire(pick, item);
        return true;
    }
}
