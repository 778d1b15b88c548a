using Stateless.Reflection;

namespace Domain.Reports;

/// <summary>The transitions. Named guards, because Stateless shows them in the diagram.</summary>
public sealed partial class WardReportMachine
{
    private void Configure()
    {
        Machine.Configure(State.Start)
            .Permit(Trigger.Begin, State.Platform)
            .Permit(Trigger.Revise, State.Review);

        PageStep(State.Platform, State.PageName);
        PageStep(State.PageName, State.PageUrl);
        PageStep(State.PageUrl, State.Followers);
        PageStep(State.Followers, State.Posts);

        Machine.Configure(State.Posts)
            .OnEntry(() => steps.Ask(Turn, State.Posts))
            .PermitReentryIf(Trigger.Answer, () => MoreYears, "another year")
            .PermitIf(Trigger.Answer, State.Review, () => !MoreYears && EditingItem, "last year, editing")
            .PermitIf(Trigger.Answer, State.Admins, () => !MoreYears && !EditingItem, "last year, first time");
        PageStep(State.Admins, State.Collaborators);
        PageStep(State.Collaborators, State.MorePages);

        Machine.Configure(State.MorePages)
            .OnEntry(() => steps.Ask(Turn, State.MorePages))
            .Permit(Trigger.AddPage, State.Platform)
            .PermitIf(Trigger.NoMorePages, State.Review, () => Reviewed, "reviewed before")
            .PermitIf(Trigger.NoMorePages, State.Opinions, () => !Reviewed, "first time");

        Machine.Configure(State.Opinions)
            .OnEntry(() => steps.Ask(Turn, State.Opinions))
            .PermitReentryIf(Trigger.Answer, () => MoreYears, "another year")
            .PermitIf(Trigger.Answer, State.Review, () => !MoreYears && EditingItem, "last year, editing")
            .PermitIf(Trigger.Answer, State.FalseContent, () => !MoreYears && !EditingItem, "last year, first time");
        PageStep(State.FalseContent, State.Difficulties);
        PageStep(State.Difficulties, State.Proposals);
        PageStep(State.Proposals, State.Nominations);

        Machine.Configure(State.Nominations)
            .OnEntry(() => steps.Ask(Turn, State.Nominations))
            .PermitReentry(Trigger.NominationRemoved)
            .Permit(Trigger.AddNomination, State.NomineeKind)
            .Permit(Trigger.NominationsDone, State.Review);
        Machine.Configure(State.NomineeKind).OnEntry(() => steps.Ask(Turn, State.NomineeKind)).Permit(Trigger.Answer, State.NomineeName);
        Machine.Configure(State.NomineeName).OnEntry(() => steps.Ask(Turn, State.NomineeName)).Permit(Trigger.Answer, State.NomineeUnit);
        Machine.Configure(State.NomineeUnit).OnEntry(() => steps.Ask(Turn, State.NomineeUnit)).Permit(Trigger.Answer, State.NomineeAchievement);
        Machine.Configure(State.NomineeAchievement).OnEntry(() => steps.Ask(Turn, State.NomineeAchievement)).Permit(Trigger.Answer, State.Nominations);

        Machine.Configure(State.Review)
            .OnEntry(() =>
            {
                EndEditing();
                Turn.Session = Turn.Session.Set(ReportDraft.ReviewedKey, "1");
                steps.Ask(Turn, State.Review);
            })
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.Edit, State.ChooseItem)
            .Permit(Trigger.AddPage, State.Platform)
            .Permit(Trigger.AskRemovePage, State.RemovePage)
            .Permit(Trigger.Cancel, State.Cancelled);

        Machine.Configure(State.ChooseItem)
            .OnEntry(() => steps.Ask(Turn, State.ChooseItem))
            .Permit(Trigger.Back, State.Review)
            .Permit(Trigger.PickPage, State.ChoosePageField)
            .PermitDynamicIf(pick, Target, item => item >= ReportItem.Opinions, "a unit item", new DynamicStateInfos
            {
                { State.Opinions.ToString(), "opinions" },
                { State.FalseContent.ToString(), "false content" },
                { State.Difficulties.ToString(), "difficulties" },
                { State.Proposals.ToString(), "proposals" },
                { State.Nominations.ToString(), "nominations" },
            });

        Machine.Configure(State.ChoosePageField)
            .OnEntry(() => steps.Ask(Turn, State.ChoosePageField))
            .Permit(Trigger.Back, State.Review)
            .PermitDynamicIf(pick, Target, item => item < ReportItem.Opinions, "a page item", new DynamicStateInfos
            {
                { State.Platform.ToString(), "platform" },
                { State.PageName.ToString(), "name" },
                { State.PageUrl.ToString(), "link" },
                { State.Followers.ToString(), "followers" },
                { State.Posts.ToString(), "posts" },
                { State.Admins.ToString(), "administrators" },
                { State.Collaborators.ToString(), "collaborators" },
            });

        Machine.Configure(State.RemovePage)
            .OnEntry(() => steps.Ask(Turn, State.RemovePage))
            .Permit(Trigger.Back, State.Review)
            .Permit(Trigger.PageRemoved, State.Review);

        Machine.Configure(State.Sent).OnEntryFrom(Trigger.Send, Save, "post to the report desk");
        Machine.Configure(State.Cancelled).OnEntryFrom(Trigger.Cancel, Drop, "save nothing");
    }

    private static State Target(ReportItem item) => item switch
    {
        ReportItem.Platform => State.Platform,
        ReportItem.PageName => State.PageName,
        ReportItem.PageUrl => State.PageUrl,
        ReportItem.Followers => State.Followers,
        ReportItem.Posts => State.Posts,
        ReportItem.Admins => State.Admins,
        ReportItem.Collaborators => State.Collaborators,
        ReportItem.Opinions => State.Opinions,
        ReportItem.FalseContent => State.FalseContent,
        ReportItem.Difficulties => State.Difficulties,
        ReportItem.Proposals => State.Proposals,
        _ => State.Nominations,
    };

    /// <summary>A step of one answer: back to the review when editing, else on to the next step.</summary>
    private void PageStep(State state, State next) => AnswerStep(state, Trigger.Answer, State.Review, next, () => steps.Ask(Turn, state));

    private void Save() => steps.Save(Turn);

    private void Drop() => steps.Cancelled(Turn);
}
