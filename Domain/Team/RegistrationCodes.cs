using Domain.Conversations;
using Domain.Members;

namespace Domain.Team;

/// <summary>
/// What each unit's registration QR code holds: the Telegram deep link that starts registration
/// with the unit chosen (/start P05), or, where no link exists (the console, Zalo), the command
/// itself. Guest units are left out: guests are invited in person, they do not join the team.
/// </summary>
public static class RegistrationCodes
{
    public static IReadOnlyList<UnitQr> For(UnitCatalog units, ChannelLinks links)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(links);
        return units.All
            .Where(u => u.Group != UnitGroup.Guest)
            .Select(u => new UnitQr(u.Code, u.Name, links.TelegramStart(u.Code) ?? Typed(u.Code), Typed(u.Code)))
            .ToList();
    }

    public static string Typed(string code) => $"/start {code}";
}
