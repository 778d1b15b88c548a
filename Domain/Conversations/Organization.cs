using Domain.Text;

namespace Domain.Conversations;

/// <summary>A name as the committee writes it, in Vietnamese and (optionally) in English.</summary>
public sealed record LocalName(string Vi, string? En = null)
{
    public string For(Lang lang) => lang == Lang.En && !string.IsNullOrWhiteSpace(En) ? En : Vi;
}

/// <summary>
/// The Front committee that runs the bot, as its profile in the configuration names it. Every
/// text that names the committee or its team takes the words from here, so one program serves
/// any committee. The defaults are the 2023 plan's committee.
/// </summary>
public sealed record Organization
{
    public LocalName FullName { get; init; } = new("Ủy ban MTTQ Việt Nam Quận 5", "Vietnam Fatherland Front Committee of District 5");

    public LocalName ShortName { get; init; } = new("MTTQ Quận 5", "VFF District 5");

    public LocalName TeamName { get; init; } = new("Tổ tuyên truyền viên", "propagandist team");

    /// <summary>The heading of a formal invitation, as the plan's letterhead writes it.</summary>
    public LocalName InvitationHeading { get; init; } = new("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5", "VIETNAM FATHERLAND FRONT COMMITTEE OF DISTRICT 5");

    /// <summary>What the personal data is for, as the consent question says it (no final full stop).</summary>
    public LocalName ConsentPurpose { get; init; } = new(
        "mời họp, gửi thông báo và tổng hợp danh sách của Ủy ban MTTQ Việt Nam Quận 5",
        "invitations, notices and lists of the Vietnam Fatherland Front Committee of District 5");

    /// <summary>"Trợ lý Tổ tuyên truyền viên – Ủy ban MTTQ Việt Nam Quận 5".</summary>
    public Html BotName(Lang lang) => Texts.BotName.For(lang, TeamName.For(lang), FullName.For(lang));
}
