using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Team;

/// <summary>
/// /maqr, for organizers: each unit's registration QR code, so a paper invitation can carry the
/// ward's code. /maqr alone sends two documents: the printable A4 sheet with every unit (one page
/// for up to <see cref="QrSheet.CardsPerPage"/> units), and one ZIP with a PNG per unit. Not one photo per unit: with about thirty units that is thirty
/// messages, each waiting its turn at about one a second to one chat, and sendMediaGroup takes at
/// most ten (docs/messaging-platforms.md); a ZIP keeps the files named by code for the printer.
/// /maqr P05 sends that one unit's picture as a photo, for a chat or a screen.
/// </summary>
public sealed class UnitQrCommand(UnitCatalog units, ITeamFiles files) : ICommandHandler
{
    public const string FileStem = "ma-qr-dang-ky";

    public IReadOnlyList<string> Names { get; } = ["maqr", "qr"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var codes = RegistrationCodes.For(units, turn.Settings.Links);
        if (!string.IsNullOrWhiteSpace(command.Args))
        {
            One(turn, codes, command.Args.Trim());
            return;
        }

        if (codes.Count == 0)
        {
            turn.Say(Texts.QrNoUnits);
            return;
        }

        var linked = turn.Settings.Links.TelegramUsername is not null;
        if (!linked)
        {
            turn.Say(Texts.QrWithoutTelegram, codes[0].Typed);
        }

        var organization = turn.Settings.Organization;
        var sheet = new QrSheet(
            Texts.QrSheetTitle.For(turn.Lang, organization.TeamName.For(turn.Lang), organization.FullName.For(turn.Lang)).ToPlain(),
            (linked ? Texts.QrSheetNoteLink : Texts.QrSheetNoteTyped).For(turn.Lang, codes[0].Typed).ToPlain(),
            codes);
        var pages = (codes.Count + QrSheet.CardsPerPage - 1) / QrSheet.CardsPerPage;
        var caption = pages == 1
            ? Texts.QrSheetCaption.For(turn.Lang, codes.Count, codes[0].Code)
            : Texts.QrSheetCaptionPages.For(turn.Lang, codes.Count, codes[0].Code, pages);
        turn.Reply(new DocumentOut($"{FileStem}.docx", files.UnitQrSheet(sheet), caption));
        turn.Reply(new DocumentOut($"{FileStem}.zip", files.UnitQrZip(codes)));
        turn.Audit("unit-qr.exported", null, codes.Count.ToString(CultureInfo.InvariantCulture));
    }

    private void One(Turn turn, IReadOnlyList<UnitQr> codes, string code)
    {
        var unit = codes.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        if (unit is null)
        {
            // Only what the organizer typed is echoed, cut short: it may be anything.
            turn.Say(Texts.QrUnknownUnit, code.Length > 20 ? code[..20] + "…" : code);
            return;
        }

        if (turn.Settings.Links.TelegramUsername is null)
        {
            turn.Say(Texts.QrWithoutTelegram, unit.Typed);
        }

        turn.Reply(new PhotoOut(files.UnitQrPng(unit), $"{FileStem}-{unit.Code}.png", Texts.QrUnitCaption.For(turn.Lang, unit.UnitName, unit.Code, unit.Payload)));
    }
}
