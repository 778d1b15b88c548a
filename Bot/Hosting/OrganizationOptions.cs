using Domain.Conversations;
using Microsoft.Extensions.Configuration;

namespace Bot.Hosting;

/// <summary>
/// The profile of the Front committee that runs the bot: its names as people see them, and where
/// its units and meetings are. Empty names fall back to the 2023 plan's committee (Quận 5), so a
/// bare checkout runs the plan's example. <c>TimeZone</c>, <c>DefaultLanguage</c>,
/// <c>UnitsFile</c> and <c>MeetingsFile</c> may still be given under <c>Bot:</c> (the older
/// keys); set here, they win.
/// </summary>
public sealed class OrganizationOptions
{
    public const string Section = "Organization";

    private static readonly Organization Plan = new();

    public string FullName { get; set; } = Plan.FullName.Vi;

    public string? FullNameEn { get; set; } = Plan.FullName.En;

    public string ShortName { get; set; } = Plan.ShortName.Vi;

    public string? ShortNameEn { get; set; } = Plan.ShortName.En;

    public string TeamName { get; set; } = Plan.TeamName.Vi;

    public string? TeamNameEn { get; set; } = Plan.TeamName.En;

    public string InvitationHeading { get; set; } = Plan.InvitationHeading.Vi;

    public string? InvitationHeadingEn { get; set; } = Plan.InvitationHeading.En;

    public string ConsentPurpose { get; set; } = Plan.ConsentPurpose.Vi;

    public string? ConsentPurposeEn { get; set; } = Plan.ConsentPurpose.En;

    public string? TimeZone { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? UnitsFile { get; set; }

    public string? MeetingsFile { get; set; }

    public Organization ToOrganization() => new()
    {
        FullName = new LocalName(FullName.Trim(), FullNameEn?.Trim()),
        ShortName = new LocalName(ShortName.Trim(), ShortNameEn?.Trim()),
        TeamName = new LocalName(TeamName.Trim(), TeamNameEn?.Trim()),
        InvitationHeading = new LocalName(InvitationHeading.Trim(), InvitationHeadingEn?.Trim()),
        // The consent text puts its own full stop after the purpose.
        ConsentPurpose = new LocalName(ConsentPurpose.Trim().TrimEnd('.'), ConsentPurposeEn?.Trim().TrimEnd('.')),
    };

    /// <summary>The profile's time zone, language and file paths take the place of the older <c>Bot:</c> keys.</summary>
    public static void Apply(IConfiguration configuration, BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(bot);
        var profile = configuration.GetSection(Section);
        bot.TimeZone = profile[nameof(TimeZone)] is { Length: > 0 } zone ? zone : bot.TimeZone;
        bot.DefaultLanguage = profile[nameof(DefaultLanguage)] is { Length: > 0 } language ? language : bot.DefaultLanguage;
        bot.UnitsFile = profile[nameof(UnitsFile)] is { Length: > 0 } units ? units : bot.UnitsFile;
        bot.MeetingsFile = profile[nameof(MeetingsFile)] is { Length: > 0 } meetings ? meetings : bot.MeetingsFile;
    }

    /// <summary>The bot's options as the running bot sees them, for commands that run beside it.</summary>
    public static BotOptions EffectiveBotOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var bot = configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        Apply(configuration, bot);
        return bot;
    }
}
