using System.Globalization;
using Bot.Tests.Support;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Reports;

/// <summary>One page of a unit's answers; <see cref="Typed"/> is how the reporter writes the followers.</summary>
public sealed record PageAnswers(Msg Platform, string Name, string Url, long Followers, string Typed, long[] Posts, long Admins, long Collaborators);

/// <summary>Everything a unit's reporter answers, and the table lines these answers must give.</summary>
public sealed record UnitAnswers(string UnitName, IReadOnlyList<PageAnswers> Pages, long[] Opinions, long FalseContent, string Difficulties, string Proposals)
{
    public static readonly int Years = 3;

    /// <summary>Distinct figures for unit <paramref name="unit"/> (0-based): one page for even units, two for odd, followers typed three ways.</summary>
    public static UnitAnswers For(int unit)
    {
        var n = unit + 1;
        var pages = Enumerable.Range(0, 1 + (unit % 2)).Select(p =>
        {
            var followers = (1000L * n) + (7 * p) + 250;
            var typed = (unit % 3) switch
            {
                0 => followers.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'),
                1 => followers.ToString("#,0", CultureInfo.InvariantCulture),
                _ => followers.ToString(CultureInfo.InvariantCulture),
            };
            return new PageAnswers(
                p == 0 ? Texts.PlatformFacebook : Texts.PlatformZaloOa,
                $"Trang {p + 1} của {WardRound.Units[unit].Name}",
                $"https://facebook.com/mttq.{WardRound.Units[unit].Code.ToLowerInvariant()}.{p + 1}",
                followers,
                typed,
                [n + p, (2L * n) + p, (3L * n) + p],
                1 + p,
                n + (3 * p));
        }).ToList();
        return new UnitAnswers(WardRound.Units[unit].Name, pages, [n, n + 1, n + 2], 3L * n, $"Khó khăn riêng của đơn vị số {n}", $"Đề xuất riêng của đơn vị số {n}");
    }

    /// <summary>The unit's line of the district table: name, platform, link, followers, posts per year, admins, collaborators, opinions per year, false content.</summary>
    public string[] UnitLine() => Line(string.Empty, string.Empty, Pages.Sum(p => p.Followers), Sum(Pages.Select(p => p.Posts)), Pages.Sum(p => p.Admins), Pages.Sum(p => p.Collaborators), Opinions, FalseContent);

    public IEnumerable<string[]> PageLines() => Pages.Select(p => Line(p.Platform.Plain(Lang.Vi), p.Url, p.Followers, p.Posts, p.Admins, p.Collaborators, null, null, p.Name));

    /// <summary>The district total over every unit's answers.</summary>
    public static string[] TotalLine(IReadOnlyList<UnitAnswers> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pages = units.SelectMany(u => u.Pages).ToList();
        return Line(string.Empty, string.Empty, pages.Sum(p => p.Followers), Sum(pages.Select(p => p.Posts)), pages.Sum(p => p.Admins), pages.Sum(p => p.Collaborators), Sum(units.Select(u => u.Opinions)), units.Sum(u => u.FalseContent));
    }

    private static long[] Sum(IEnumerable<long[]> rows) => rows.Aggregate(new long[Years], (a, b) => a.Zip(b, (x, y) => x + y).ToArray());

    /// <summary>A line of the table; a page's line leaves the opinion items (one cell per year) and the false content empty.</summary>
    private static string[] Line(string platform, string url, long followers, long[] posts, long admins, long collaborators, long[]? opinions, long? falseContent, string name = "") =>
    [
        name, platform, url, N(followers), .. posts.Select(N), N(admins), N(collaborators),
        .. opinions is { } o ? o.Select(N) : Enumerable.Repeat(string.Empty, Years),
        falseContent is { } f ? N(f) : string.Empty,
    ];

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A unit's reporter answering the report conversation over Telegram, each answer awaiting the exact next question.</summary>
public static class WardReporter
{
    private static readonly int[] YearsAsked = [2021, 2022, 2023];

    /// <summary>Presses the notice's 📝 Gửi báo cáo and waits for the first question.</summary>
    public static Task<SentMessage> StartAsync(Chat reporter, TimeSpan? wait = null) =>
        Tap(reporter, Texts.ReportButton.Plain(Lang.Vi), Is(Texts.AskPlatform.For(Lang.Vi, 1)), wait);

    /// <summary>Answers the questions of page <paramref name="index"/> (0-based) from its platform up to, not including, the year <paramref name="stopBeforeYear"/> of posts.</summary>
    public static async Task PageAsync(Chat reporter, PageAnswers page, int index, int stopBeforeYear = 3, TimeSpan? wait = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var n = index + 1;
        await Tap(reporter, page.Platform.Plain(Lang.Vi), Is(Texts.AskPageName.For(Lang.Vi, n)), wait);
        await Type(reporter, page.Name, Is(Texts.AskPageUrl.For(Lang.Vi, n)), wait);
        await Type(reporter, page.Url, Is(Texts.AskFollowers.For(Lang.Vi, n)), wait);
        await Type(reporter, page.Typed, Is(Texts.AskPosts.For(Lang.Vi, n, YearsAsked[0])), wait);
        await PostsAsync(reporter, page, index, 0, stopBeforeYear, wait);
    }

    /// <summary>Answers the posts of years <paramref name="from"/>..<paramref name="to"/> (exclusive), then, when the last year is answered, the admins and collaborators.</summary>
    public static async Task PostsAsync(Chat reporter, PageAnswers page, int index, int from, int to = 3, TimeSpan? wait = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var n = index + 1;
        for (var year = from; year < to; year++)
        {
            var next = year + 1 < YearsAsked.Length ? Texts.AskPosts.For(Lang.Vi, n, YearsAsked[year + 1]) : Texts.AskAdmins.For(Lang.Vi, n);
            await Type(reporter, N(page.Posts[year]), Is(next), wait);
        }

        if (to == YearsAsked.Length)
        {
            await Type(reporter, N(page.Admins), Is(Texts.AskCollaborators.For(Lang.Vi, n)), wait);
            await Type(reporter, N(page.Collaborators), Is(Texts.AskMorePages.For(Lang.Vi)), wait);
        }
    }

    /// <summary>The whole report, from the notice to ✅ Gửi; returns the bot's confirmation.</summary>
    public static async Task<SentMessage> SendAsync(Chat reporter, UnitAnswers answers, TimeSpan? wait = null, string? nominee = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await StartAsync(reporter, wait);
        for (var i = 0; i < answers.Pages.Count; i++)
        {
            await PageAsync(reporter, answers.Pages[i], i, wait: wait);
            if (i + 1 < answers.Pages.Count)
            {
                await Tap(reporter, Texts.AddPage.Plain(Lang.Vi), Is(Texts.AskPlatform.For(Lang.Vi, i + 2)), wait);
            }
        }

        return await FinishAsync(reporter, answers, wait, nominee);
    }

    /// <summary>From "no more pages" to the confirmation: the unit's figures and words, a person nominated when <paramref name="nominee"/> is given, ✅ Gửi (or only the review, unless <paramref name="send"/>).</summary>
    public static async Task<SentMessage> FinishAsync(Chat reporter, UnitAnswers answers, TimeSpan? wait = null, string? nominee = null, bool send = true)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await Tap(reporter, Texts.NoMorePages.Plain(Lang.Vi), Is(Texts.AskOpinions.For(Lang.Vi, YearsAsked[0])), wait);
        for (var year = 0; year < YearsAsked.Length; year++)
        {
            var next = year + 1 < YearsAsked.Length ? Texts.AskOpinions.For(Lang.Vi, YearsAsked[year + 1]) : Texts.AskFalseContent.For(Lang.Vi);
            await Type(reporter, N(answers.Opinions[year]), Is(next), wait);
        }

        await Type(reporter, N(answers.FalseContent), Is(Texts.AskDifficulties.For(Lang.Vi)), wait);
        await Type(reporter, answers.Difficulties, Is(Texts.AskProposals.For(Lang.Vi)), wait);
        await Type(reporter, answers.Proposals, m => m.Buttons.Any(b => b.Text == Texts.NominationsDone.Plain(Lang.Vi)), wait);
        if (nominee is not null)
        {
            await Tap(reporter, Texts.AddNomination.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.NomineePerson.Plain(Lang.Vi)), wait);
            await Tap(reporter, Texts.NomineePerson.Plain(Lang.Vi), Is(Texts.AskNomineeName.For(Lang.Vi)), wait);
            await Type(reporter, nominee, Is(Texts.AskNomineeUnit.For(Lang.Vi)), wait);
            await Type(reporter, answers.UnitName, Is(Texts.AskNomineeAchievement.For(Lang.Vi)), wait);
            await Type(reporter, $"Quản trị trang của {answers.UnitName}", m => m.Buttons.Any(b => b.Text == Texts.NominationsDone.Plain(Lang.Vi)), wait);
        }

        var review = await Tap(reporter, Texts.NominationsDone.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)), wait);
        return !send ? review : await Tap(reporter, Texts.WardReportSend.Plain(Lang.Vi), StartsWith(Texts.ReportSent, answers.UnitName, 1), wait);
    }

    public static Func<SentMessage, bool> Is(Html expected) => m => m.Text == expected.Value;

    /// <summary>A message made from <paramref name="template"/> with these first arguments, whatever the rest.</summary>
    public static Func<SentMessage, bool> StartsWith(Msg template, params object[] first)
    {
        ArgumentNullException.ThrowIfNull(template);
        const string Cut = "\u0001";
        var prefix = template.For(Lang.Vi, [.. first, .. Enumerable.Repeat(Cut, 10)]).Value.Split(Cut)[0];
        return m => m.Text?.StartsWith(prefix, StringComparison.Ordinal) == true;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Types an answer and waits for the question it leads to; a generous default limit because 28 people type at once on a shared machine.</summary>
    public static Task<SentMessage> Type(Chat reporter, string text, Func<SentMessage, bool> until, TimeSpan? wait = null)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        reporter.User.SendText(text);
        return reporter.Next(until, wait ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>Presses the button with this label on the latest message that has it and waits for what it leads to.</summary>
    public static Task<SentMessage> Tap(Chat reporter, string label, Func<SentMessage, bool> until, TimeSpan? wait = null)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        var message = reporter.Received.Last(m => m.Buttons.Any(b => b.Text == label));
        reporter.User.PressButton(message, message.Buttons.First(b => b.Text == label).CallbackData!);
        return reporter.Next(until, wait ?? TimeSpan.FromSeconds(60));
    }
}
