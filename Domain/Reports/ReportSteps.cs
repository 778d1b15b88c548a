using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using State = Domain.Reports.WardReportMachine.State;

namespace Domain.Reports;

/// <summary>The questions of the report conversation, and what sending or cancelling it does.</summary>
public sealed class ReportSteps(UnitCatalog units) : IReportSteps
{
    private static readonly (ReportItem Item, Msg Label)[] PageFields =
    [
        (ReportItem.Platform, Texts.FieldPlatform),
        (ReportItem.PageName, Texts.FieldPageName),
        (ReportItem.PageUrl, Texts.FieldUrl),
        (ReportItem.Followers, Texts.FieldFollowers),
        (ReportItem.Posts, Texts.FieldPosts),
        (ReportItem.Admins, Texts.FieldAdmins),
        (ReportItem.Collaborators, Texts.FieldCollaborators),
    ];

    private static readonly (ReportItem Item, Msg Label)[] UnitItems =
    [
        (ReportItem.Opinions, Texts.ItemOpinions),
        (ReportItem.FalseContent, Texts.ItemFalseContent),
        (ReportItem.Difficulties, Texts.ItemDifficulties),
        (ReportItem.Proposals, Texts.ItemProposals),
        (ReportItem.Nominations, Texts.ItemNominations),
    ];

    public static ReportingRound? Round(Turn turn) => turn.Store.Find<ReportingRound>(turn.Session.Get(ReportDraft.RoundKey) ?? string.Empty);

    public void Ask(Turn turn, State state)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var years = Round(turn)?.Years ?? [];
        var page = ReportDraft.Count(turn.Session, ReportDraft.PageKey) + 1;
        var year = ReportDraft.Count(turn.Session, ReportDraft.YearKey);
        switch (state)
        {
            case State.Platform:
                turn.Say(Texts.AskPlatform, Enum.GetValues<PagePlatform>().Select(p => Press(turn, ReportText.PlatformName(p), ReportPress.Platform, ((int)p).ToString(System.Globalization.CultureInfo.InvariantCulture))), page);
                break;
            case State.PageName: turn.Say(Texts.AskPageName, page); break;
            case State.PageUrl: turn.Say(Texts.AskPageUrl, page); break;
            case State.Followers: turn.Say(Texts.AskFollowers, page); break;
            case State.Posts: turn.Say(Texts.AskPosts, page, year < years.Count ? years[year] : string.Empty); break;
            case State.Admins: turn.Say(Texts.AskAdmins, page); break;
            case State.Collaborators: turn.Say(Texts.AskCollaborators, page); break;
            case State.MorePages:
                turn.Say(Texts.AskMorePages, [Press(turn, Texts.AddPage, ReportPress.AddPage), Press(turn, Texts.NoMorePages, ReportPress.NoMorePages)]);
                break;
            case State.Opinions: turn.Say(Texts.AskOpinions, year < years.Count ? years[year] : string.Empty); break;
            case State.FalseContent: turn.Say(Texts.AskFalseContent); break;
            case State.Difficulties: turn.Say(Texts.AskDifficulties); break;
            case State.Proposals: turn.Say(Texts.AskProposals); break;
            case State.Nominations: AskNominations(turn, years); break;
            case State.NomineeKind:
                turn.Say(Texts.AskNomineeKind, [Press(turn, Texts.NomineeCollective, ReportPress.Kind, "c"), Press(turn, Texts.NomineePerson, ReportPress.Kind, "p")]);
                break;
            case State.NomineeName: turn.Say(Texts.AskNomineeName); break;
            case State.NomineeUnit: turn.Say(Texts.AskNomineeUnit); break;
            case State.NomineeAchievement: turn.Say(Texts.AskNomineeAchievement); break;
            case State.Review: ShowReview(turn, years); break;
            case State.ChooseItem: AskItem(turn, years); break;
            case State.ChoosePageField:
                turn.Say(Texts.AskPageField, [.. PageFields.Select(f => Press(turn, f.Label, ReportPress.Pick, f.Item.ToString())), Press(turn, Texts.BackToReview, ReportPress.Back)], page);
                break;
            case State.RemovePage:
                var pages = ReportDraft.Read(turn.Session, years.Count).Pages;
                turn.Say(Texts.AskRemovePage, [.. pages.Select((p, i) => Label(turn, i, p)).Select((label, i) => new Button(label, Encode(turn, ReportPress.RemovePage, Index(i)))), Press(turn, Texts.BackToReview, ReportPress.Back)]);
                break;
        }
    }

    /// <summary>Asks the current step again (after a wrong answer or an unexpected message).</summary>
    public void Repeat(Turn turn, State state) => Ask(turn, state);

    /// <summary>Audits the sending here, in the reporter's turn; the version itself is appended by <see cref="WardReportDesk"/>.</summary>
    public void Save(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Round(turn) is not { } round || turn.Session.Get(ReportDraft.UnitKey) is not { } unit)
        {
            return;
        }

        WardReportDesk.Submit(turn, round.Id, unit, ReportDraft.SentBy(ReportDraft.Read(turn.Session, round.Years.Count), turn.From.ToString()));
        turn.Audit("report.sent", UnitReport.IdFor(round.Id, unit));
    }

    public void Cancelled(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Audit("report.cancelled", UnitReport.IdFor(turn.Session.Get(ReportDraft.RoundKey) ?? string.Empty, turn.Session.Get(ReportDraft.UnitKey) ?? string.Empty));
        turn.Say(Texts.ReportCancelled);
    }

    private void ShowReview(Turn turn, IReadOnlyList<int> years)
    {
        var content = ReportDraft.Read(turn.Session, years.Count);
        var unit = units.NameOf(turn.Session.Get(ReportDraft.UnitKey) ?? string.Empty);
        var text = Texts.ReportReview.For(turn.Lang, unit, ReportText.Describe(content, years, turn.Lang));
        if (SentMeanwhile.Warning(turn) is { } warning)
        {
            text = Html.Join("\n\n", [text, warning]);
        }

        var rows = new List<Button[]>
        {
            new[] { Press(turn, Texts.WardReportSend, ReportPress.Send), Press(turn, Texts.ReportEdit, ReportPress.Edit) },
            new[] { Press(turn, Texts.AddPage, ReportPress.AddPage) },
        };
        if (content.Pages.Count > 0)
        {
            rows.Add([Press(turn, Texts.RemovePage, ReportPress.AskRemovePage)]);
        }

        rows.Add([Press(turn, Texts.ReportCancel, ReportPress.Cancel)]);
        turn.Reply(new TextOut(text).WithButtons([.. rows]));
    }

    private static void AskItem(Turn turn, IReadOnlyList<int> years)
    {
        var pages = ReportDraft.Read(turn.Session, years.Count).Pages;
        turn.Say(Texts.AskItem, [
            .. pages.Select((p, i) => new Button(Label(turn, i, p), Encode(turn, ReportPress.PickPage, Index(i)))),
            .. UnitItems.Select(u => Press(turn, u.Label, ReportPress.Pick, u.Item.ToString())),
            Press(turn, Texts.BackToReview, ReportPress.Back),
        ]);
    }

    private static void AskNominations(Turn turn, IReadOnlyList<int> years)
    {
        var nominations = ReportDraft.Read(turn.Session, years.Count).Nominations;
        var list = nominations.Count == 0 ? Texts.NoNominations.Plain(turn.Lang) : string.Join('\n', ReportText.Nominations(nominations, turn.Lang));
        var buttons = new List<Button> { Press(turn, Texts.AddNomination, ReportPress.AddNomination) };
        buttons.AddRange(nominations.Select((_, i) => new Button(Texts.RemoveNomination.For(turn.Lang, i + 1).ToPlain(), Encode(turn, ReportPress.RemoveNomination, Index(i)))));
        buttons.Add(Press(turn, Texts.NominationsDone, ReportPress.NominationsDone));
        turn.Say(Texts.AskNominations, buttons, list);
    }

    private static string Label(Turn turn, int index, ReportPage page) => Texts.ItemPage.For(turn.Lang, index + 1, page.Name).ToPlain();

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Button Press(Turn turn, Msg label, string verb, string arg = "") => new(label.Plain(turn.Lang), Encode(turn, verb, arg));

    private static string Encode(Turn turn, string verb, string arg) => new ReportPress(verb, arg).Encode(turn.Session.Get(ReportDraft.NonceKey) ?? string.Empty);
}
