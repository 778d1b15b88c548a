using System.Globalization;
using System.Text.RegularExpressions;
using Domain.Conversations;
using Domain.Users;

namespace Domain.Tests.Support;

/// <summary>One person on two channels: a member on Telegram, the same person on Zalo, and the /lienket steps between them.</summary>
public static partial class Linking
{
    /// <summary>The channel a member registered on.</summary>
    public static readonly UserKey OnTelegram = new("telegram", "501");

    /// <summary>The same person's other channel.</summary>
    public static readonly UserKey OnZalo = new("zalo", "e4ea2cd5189df1c3a88c");

    /// <summary>Someone else on Zalo.</summary>
    public static readonly UserKey OtherZalo = new("zalo", "77b1f0c2d3a4e5f60718");

    /// <summary>Sends /lienket and answers the code shown in the reply, or null when the reply shows none.</summary>
    public static string? IssueCode(ConversationDriver driver, UserKey from)
    {
        ArgumentNullException.ThrowIfNull(driver);
        driver.Command(from, "/lienket");
        return driver.Turns[^1].Changes.Deliveries
            .Select(d => d.Message)
            .OfType<TextOut>()
            .Select(t => CodeInText().Match(t.Text.Value))
            .FirstOrDefault(m => m.Success)?.Groups[1].Value;
    }

    /// <summary>Gets a code on <paramref name="person"/>'s channel, types it on <paramref name="other"/> and agrees there, and agrees on the first.</summary>
    public static void Link(ConversationDriver driver, UserKey person, UserKey other)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var code = IssueCode(driver, person) ?? throw new InvalidOperationException($"{person} got no link code.");
        Type(driver, other, code);
        driver.PressData(person, $"link:ok:{code}");
    }

    /// <summary>Types /lienket CODE and, when asked whose profile to join, agrees.</summary>
    public static void Type(ConversationDriver driver, UserKey from, string code)
    {
        ArgumentNullException.ThrowIfNull(driver);
        driver.Command(from, $"/lienket {code}");
        var join = driver.Turns[^1].Changes.Deliveries.Select(d => d.Message).OfType<TextOut>()
            .SelectMany(t => t.Buttons.SelectMany(r => r)).FirstOrDefault(b => b.Data.StartsWith("link:join:", StringComparison.Ordinal));
        if (join is not null)
        {
            driver.PressData(from, join.Data);
        }
    }

    /// <summary>A well-formed code that is not <paramref name="code"/>.</summary>
    public static string WrongCode(string code, int offset = 1) =>
        ((int.Parse(code, CultureInfo.InvariantCulture) + offset) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<b>(\d+)</b>")]
    private static partial Regex CodeInText();
}
