using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Team;

/// <summary>
/// /totuyentruyen, for organizers: the team's roster as XLSX (to print with the launch decision)
/// and CSV, sent as documents the way /xuatds sends the attendee list. Refused to anyone else.
/// </summary>
public sealed class RosterCommand(UnitCatalog units, ITeamFiles files) : ICommandHandler
{
    public const string FileStem = "to-tuyen-truyen-vien";

    public IReadOnlyList<string> Names { get; } = ["totuyentruyen", "roster"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var team = turn.Settings.Organization.TeamName.For(turn.Lang);
        var roster = RosterReport.Build(turn.Store, turn.Settings, units, turn.Lang, turn.Now);
        if (roster.Rows.Count == 0)
        {
            turn.Say(Texts.RosterEmpty, team);
            return;
        }

        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        turn.Reply(new DocumentOut($"{FileStem}-{date}.xlsx", files.RosterXlsx(roster), Texts.RosterCaption.For(turn.Lang, team, roster.Rows.Count)));
        turn.Reply(new DocumentOut($"{FileStem}-{date}.csv", files.RosterCsv(roster)));
        turn.Audit("roster.exported", null, roster.Rows.Count.ToString(CultureInfo.InvariantCulture));
    }
}
