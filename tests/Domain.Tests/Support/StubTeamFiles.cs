using System.Text;
using Domain.Team;

namespace Domain.Tests.Support;

/// <summary>
/// Stands in for the shell's team files (rendered and read back in Bot.Tests): records what it was
/// asked to render and returns small marker files; a QR picture is the text it would hold.
/// </summary>
public sealed class StubTeamFiles : ITeamFiles
{
    public List<Roster> Rosters { get; } = [];

    public List<QrSheet> Sheets { get; } = [];

    public byte[] RosterXlsx(Roster roster)
    {
        Rosters.Add(roster);
        return Encoding.UTF8.GetBytes($"xlsx:{roster.Rows.Count}");
    }

    public byte[] RosterCsv(Roster roster) => Encoding.UTF8.GetBytes($"csv:{roster.Rows.Count}");

    public byte[] UnitQrPng(UnitQr unit) => Encoding.UTF8.GetBytes(unit.Payload);

    public byte[] UnitQrZip(IReadOnlyList<UnitQr> units) => Encoding.UTF8.GetBytes(string.Join('\n', units.Select(u => u.Payload)));

    public byte[] UnitQrSheet(QrSheet sheet)
    {
        Sheets.Add(sheet);
        return Encoding.UTF8.GetBytes($"docx:{sheet.Units.Count}");
    }
}
