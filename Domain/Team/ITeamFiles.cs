namespace Domain.Team;

/// <summary>One approved member on the team's roster; texts already in the reader's language.</summary>
public sealed record RosterRow(string UnitName, string FullName, string Position, string Role, DateOnly? JoinedOn);

/// <summary>The team's roster: a title for the launch decision, a line under it, and the members by unit.</summary>
public sealed record Roster(string Title, string Subtitle, IReadOnlyList<RosterRow> Rows);

/// <summary>
/// One unit's registration code: <paramref name="Payload"/> is what its QR code holds (the deep
/// link, or the typed command where no link exists), <paramref name="Typed"/> what a person types
/// on a channel without links.
/// </summary>
public sealed record UnitQr(string Code, string UnitName, string Payload, string Typed);

/// <summary>The printable page of every unit's QR code, with a title and one line on how to use them.</summary>
public sealed record QrSheet(string Title, string Note, IReadOnlyList<UnitQr> Units)
{
    /// <summary>How many units' cards one A4 page holds; a longer list runs on to further pages.</summary>
    public const int CardsPerPage = 30;
}

/// <summary>
/// Renders the team's files. The core decides what goes in them; the shell writes them with the
/// libraries made for each format.
/// </summary>
public interface ITeamFiles
{
    /// <summary>An .xlsx workbook, one sheet, members grouped by unit, formulas neutralized.</summary>
    byte[] RosterXlsx(Roster roster);

    /// <summary>UTF-8 with BOM; cells starting with = + - @ neutralized.</summary>
    byte[] RosterCsv(Roster roster);

    /// <summary>A PNG of the unit's QR code.</summary>
    byte[] UnitQrPng(UnitQr unit);

    /// <summary>A zip holding one PNG per unit, named by its code.</summary>
    byte[] UnitQrZip(IReadOnlyList<UnitQr> units);

    /// <summary>A .docx page (A4) with every unit's QR code, code and name.</summary>
    byte[] UnitQrSheet(QrSheet sheet);
}
