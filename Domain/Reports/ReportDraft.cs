using System.Globalization;
using Domain.Conversations;

namespace Domain.Reports;

/// <summary>
/// The report being written, kept in the session's draft as flat fields ("p0.name", "p0.posts1",
/// "op2", "n0.name" …) so every answer is stored with the step it belongs to and a restart goes on
/// from there. Read back into a <see cref="ReportContent"/> and written from one to revise a report.
/// </summary>
public static class ReportDraft
{
    public const string RoundKey = "round";
    public const string UnitKey = "unit";
    public const string NonceKey = "nonce";
    public const string PagesKey = "pages";
    public const string NominationsKey = "noms";

    /// <summary>The page being asked about.</summary>
    public const string PageKey = "pg";

    /// <summary>The year being asked about (0 = the round's first).</summary>
    public const string YearKey = "yr";

    /// <summary>Set once the review was shown: from then on each answer goes back to it.</summary>
    public const string ReviewedKey = "reviewed";

    /// <summary>How many versions the unit had sent when this draft began (see <see cref="SentMeanwhile"/>).</summary>
    public const string BaseKey = "base";

    /// <summary>Up to how many versions the person was asked whether to start from the one sent.</summary>
    public const string SeenKey = "seen";

    /// <summary>Set while that question waits for its answer.</summary>
    public const string OfferKey = "offer";

    public static string Page(int page, string field) => string.Create(CultureInfo.InvariantCulture, $"p{page}.{field}");

    public static string Posts(int page, int year) => string.Create(CultureInfo.InvariantCulture, $"p{page}.posts{year}");

    public static string Opinion(int year) => string.Create(CultureInfo.InvariantCulture, $"op{year}");

    public static string Nominee(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"n{index}.{field}");

    public static int Count(Session session, string key) => Small(session, key);

    public static int Small(Session session, string key)
    {
        ArgumentNullException.ThrowIfNull(session);
        return int.TryParse(session.Get(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    public static long Figure(Session session, string key) =>
        long.TryParse(session.Get(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static ReportContent Read(Session session, int years)
    {
        ArgumentNullException.ThrowIfNull(session);
        var pages = Enumerable.Range(0, Count(session, PagesKey)).Select(p => new ReportPage
        {
            Platform = Enum.TryParse<PagePlatform>(session.Get(Page(p, "platform")), out var platform) ? platform : PagePlatform.Other,
            Name = session.Get(Page(p, "name")) ?? string.Empty,
            Url = session.Get(Page(p, "url")) ?? string.Empty,
            Followers = Figure(session, Page(p, "followers")),
            Posts = Enumerable.Range(0, years).Select(y => Figure(session, Posts(p, y))).ToList(),
            Admins = Small(session, Page(p, "admins")),
            Collaborators = Small(session, Page(p, "collab")),
        }).ToList();
        var nominations = Enumerable.Range(0, Count(session, NominationsKey)).Select(n => new Nomination
        {
            Kind = session.Get(Nominee(n, "kind")) == nameof(NomineeKind.Collective) ? NomineeKind.Collective : NomineeKind.Person,
            Name = session.Get(Nominee(n, "name")) ?? string.Empty,
            UnitName = session.Get(Nominee(n, "unit")) ?? string.Empty,
            Achievement = session.Get(Nominee(n, "ach")) ?? string.Empty,
        }).ToList();
        return new ReportContent
        {
            Pages = pages,
            OpinionItems = Enumerable.Range(0, years).Select(y => Figure(session, Opinion(y))).ToList(),
            FalseContent = Figure(session, "false"),
            Difficulties = session.Get("diff") ?? string.Empty,
            Proposals = session.Get("prop") ?? string.Empty,
            Nominations = nominations,
        };
    }

    /// <summary>The session holding <paramref name="content"/> as its answers (revising a sent report).</summary>
    public static Session Write(Session session, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(content);
        var s = session.Set(PagesKey, content.Pages.Count.ToString(CultureInfo.InvariantCulture));
        for (var p = 0; p < content.Pages.Count; p++)
        {
            var page = content.Pages[p];
            s = s.Set(Page(p, "platform"), page.Platform.ToString()).Set(Page(p, "name"), page.Name).Set(Page(p, "url"), page.Url)
                .Set(Page(p, "followers"), Text(page.Followers)).Set(Page(p, "admins"), Text(page.Admins)).Set(Page(p, "collab"), Text(page.Collaborators));
            for (var y = 0; y < page.Posts.Count; y++)
            {
                s = s.Set(Posts(p, y), Text(page.Posts[y]));
            }
        }

        for (var y = 0; y < content.OpinionItems.Count; y++)
        {
            s = s.Set(Opinion(y), Text(content.OpinionItems[y]));
        }

        s = s.Set("false", Text(content.FalseContent)).Set("diff", content.Difficulties).Set("prop", content.Proposals)
            .Set(NominationsKey, content.Nominations.Count.ToString(CultureInfo.InvariantCulture));
        for (var n = 0; n < content.Nominations.Count; n++)
        {
            var nomination = content.Nominations[n];
            s = s.Set(Nominee(n, "kind"), nomination.Kind.ToString()).Set(Nominee(n, "name"), nomination.Name)
                .Set(Nominee(n, "unit"), nomination.UnitName).Set(Nominee(n, "ach"), nomination.Achievement);
        }

        return s;
    }

    /// <summary>
    /// The content as sent by <paramref name="sender"/>, each nomination theirs; the report desk then
    /// gives one that an earlier version already had back to its nominator
    /// (<see cref="NominationDecisions.CarryOver"/>). The draft keeps no nominator: a colleague's
    /// draft would otherwise hold a person's id out of reach of their erasure.
    /// </summary>
    public static ReportContent SentBy(ReportContent content, string sender)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content with { Nominations = content.Nominations.Select(n => n with { NominatedBy = sender }).ToList() };
    }

    /// <summary>The session without page <paramref name="page"/>: the later pages move up one.</summary>
    public static Session RemovePage(Session session, int page, int years) => Without(session, years, content => content with
    {
        Pages = content.Pages.Where((_, i) => i != page).ToList(),
    });

    public static Session RemoveNomination(Session session, int index, int years) => Without(session, years, content => content with
    {
        Nominations = content.Nominations.Where((_, i) => i != index).ToList(),
    });

    private static Session Without(Session session, int years, Func<ReportContent, ReportContent> change)
    {
        var content = Read(session, years);
        var kept = session.Draft.Where(kv => !IsContentKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        return Write(session with { Draft = kept }, change(content));
    }

    private static bool IsContentKey(string key) =>
        key is PagesKey or NominationsKey or "false" or "diff" or "prop"
        || (key.Length > 1 && key[0] is 'p' or 'n' && char.IsAsciiDigit(key[1]))
        || key.StartsWith("op", StringComparison.Ordinal);
}
