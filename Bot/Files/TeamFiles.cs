using Domain.Team;

namespace Bot.Files;

/// <summary>The team's files: the roster (XLSX, CSV) and the registration QR codes (PNG, ZIP, DOCX).</summary>
public sealed class TeamFiles : ITeamFiles
{
    public byte[] RosterXlsx(Roster roster) => RosterWorkbook.Write(roster);

    public byte[] RosterCsv(Roster roster) => Files.RosterCsv.Write(roster);

    public byte[] UnitQrPng(UnitQr unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return UnitQrImage.Render(unit);
    }

    public byte[] UnitQrZip(IReadOnlyList<UnitQr> units) => Files.UnitQrZip.Write(units);

    public byte[] UnitQrSheet(QrSheet sheet) => Files.UnitQrSheet.Write(sheet);
}
