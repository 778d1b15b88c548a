using Domain.Conversations;
using Domain.Text;
using State = Domain.Reports.WardReportMachine.State;

namespace Domain.Reports;

/// <summary>
/// A typed answer to the step the report is at: a count (read by <see cref="ReportNumbers"/>), a
/// link (<see cref="PageUrl"/>) or a short text. A wrong value is asked again with its reason.
/// </summary>
public sealed class ReportAnswers(ReportSteps steps)
{
    public const int NameMax = 120;
    public const int TextMax = 2000;
    public const int AchievementMax = 300;

    public void Answer(Turn turn, WardReportMachine machine)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(machine);
        var state = machine.Current;
        if (turn.Input.Event is not TextIn input)
        {
            turn.Say(Texts.TextExpected);
            steps.Repeat(turn, state);
            return;
        }

        var page = ReportDraft.Count(turn.Session, ReportDraft.PageKey);
        var year = ReportDraft.Count(turn.Session, ReportDraft.YearKey);
        var nominee = Math.Max(0, ReportDraft.Count(turn.Session, ReportDraft.NominationsKey) - 1);
        var text = input.Text.Trim();
        var taken = state switch
        {
            State.PageName => Words(turn, machine, ReportDraft.Page(page, "name"), text, NameMax),
            State.PageUrl => Link(turn, machine, ReportDraft.Page(page, "url"), text),
            State.Followers => Count(turn, machine, ReportDraft.Page(page, "followers"), text),
            State.Posts => Count(turn, machine, ReportDraft.Posts(page, year), text, yearly: true),
            State.Admins => Count(turn, machine, ReportDraft.Page(page, "admins"), text),
            State.Collaborators => Count(turn, machine, ReportDraft.Page(page, "collab"), text),
            State.Opinions => Count(turn, machine, ReportDraft.Opinion(year), text, yearly: true),
            State.FalseContent => Count(turn, machine, "false", text),
            State.Difficulties => Words(turn, machine, "diff", text, TextMax),
            State.Proposals => Words(turn, machine, "prop", text, TextMax),
            State.NomineeName => Words(turn, machine, ReportDraft.Nominee(nominee, "name"), text, NameMax),
            State.NomineeUnit => Words(turn, machine, ReportDraft.Nominee(nominee, "unit"), text, NameMax),
            State.NomineeAchievement => Words(turn, machine, ReportDraft.Nominee(nominee, "ach"), text, AchievementMax),
            _ => (bool?)null,
        };
        if (taken is null)
        {
            turn.Say(Texts.UseButtons);
            steps.Repeat(turn, state);
        }
        else if (taken == false)
        {
            steps.Repeat(turn, state);
        }
    }

    private static bool Words(Turn turn, WardReportMachine machine, string field, string text, int max)
    {
        var single = max <= AchievementMax ? FreeText.Clean(text, multiline: false) : text;
        if (single.Length == 0)
        {
            turn.Say(Texts.TextExpected);
            return false;
        }

        if (single.Length > max)
        {
            turn.Say(Texts.ReportTextTooLong, ReportNumbers.Format(max, turn.Lang));
            return false;
        }

        return machine.Answer(field, single);
    }

    private static bool Link(Turn turn, WardReportMachine machine, string field, string text)
    {
        if (PageUrl.TryNormalize(text, out var url) != UrlProblem.None)
        {
            turn.Say(Texts.UrlInvalid);
            return false;
        }

        return machine.Answer(field, url);
    }

    private static bool Count(Turn turn, WardReportMachine machine, string field, string text, bool yearly = false)
    {
        var problem = ReportNumbers.TryParse(text, out var value);
        if (problem != NumberProblem.None)
        {
            turn.Say(problem switch
            {
                NumberProblem.Negative => Texts.NumberNegative,
                NumberProblem.NotWhole => Texts.NumberNotWhole,
                NumberProblem.TooLarge => Texts.NumberTooLarge,
                _ => Texts.NumberNotANumber,
            });
            return false;
        }

        return machine.Answer(field, ReportDraft.Text(value), yearly);
    }
}
