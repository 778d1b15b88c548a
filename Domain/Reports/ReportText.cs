using Domain.Text;

namespace Domain.Reports;

/// <summary>A report as the reporter and the organizers read it in the chat.</summary>
public static class ReportText
{
    public static Msg PlatformName(PagePlatform platform) => platform switch
    {
        PagePlatform.Facebook => Texts.PlatformFacebook,
        PagePlatform.ZaloOa => Texts.PlatformZaloOa,
        PagePlatform.Website => Texts.WardPlatformWebsite,
        PagePlatform.TikTok => Texts.PlatformTikTok,
        PagePlatform.YouTube => Texts.PlatformYouTube,
        _ => Texts.WardPlatformOther,
    };

    public static Msg KindName(NomineeKind kind) => kind == NomineeKind.Collective ? Texts.NomineeCollective : Texts.NomineePerson;

    /// <summary>"2021: 10 · 2022: 20 · 2023: 30".</summary>
    public static string PerYear(IReadOnlyList<int> years, IReadOnlyList<long> values, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(" · ", years.Select((y, i) => $"{y}: {ReportNumbers.Format(i < values.Count ? values[i] : 0, lang)}"));
    }

    public static Html Describe(ReportContent content, IReadOnlyList<int> years, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(content);
        var pages = content.Pages.Count == 0
            ? [Texts.ReportNoPages.For(lang)]
            : content.Pages.Select((p, i) => Texts.ReportPageLine.For(
                lang,
                i + 1,
                p.Name,
                PlatformName(p.Platform).Plain(lang),
                p.Url,
                ReportNumbers.Format(p.Followers, lang),
                PerYear(years, p.Posts, lang),
                ReportNumbers.Format(p.Admins, lang),
                ReportNumbers.Format(p.Collaborators, lang))).ToList();
        var nominations = content.Nominations.Count == 0
            ? Texts.NoNominations.Plain(lang)
            : string.Join('\n', Nominations(content.Nominations, lang));
        var unit = Texts.ReportUnitLines.For(
            lang,
            PerYear(years, content.OpinionItems, lang),
            ReportNumbers.Format(content.FalseContent, lang),
            content.Difficulties,
            content.Proposals,
            nominations);
        return Html.Join("\n\n", [.. pages, unit]);
    }

    public static IEnumerable<string> Nominations(IReadOnlyList<Nomination> nominations, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(nominations);
        return nominations.Select((n, i) => Texts.NominationLine.For(lang, i + 1, KindName(n.Kind).Plain(lang), n.Name, n.UnitName, n.Achievement).ToPlain());
    }
}
