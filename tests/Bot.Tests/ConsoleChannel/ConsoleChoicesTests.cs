using Bot.Tests.Support;
using Domain.Text;

namespace Bot.Tests.ConsoleChannel;

/// <summary>On the console, as on Zalo, numbers belong to the message the person is answering.</summary>
public sealed class ConsoleChoicesTests : IDisposable
{
    private const string TwoRegistrations =
        """
        !as 2002 Nguyễn Văn B
        /start
        1
        Nguyễn Văn Bình
        !contact +84912345678
        5
        Phó Chủ tịch
        1
        !as 1001
        /choduyet
        !as 2003 Trần Thị C
        /start
        1
        Trần Thị Cúc
        !contact +84912345679
        5
        Ủy viên
        1
        !as 1001

        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_organizer_with_a_list_open_who_gets_an_approval_card_and_types_1_gets_the_lists_first_choice()
    {
        // "1" for the list's first person, then "1" for the confirmation that names them.
        var transcript = await ConsoleScript.RunAsync(folder.DatabasePath, TwoRegistrations + "1\n1\n!quit\n");

        var messages = Messages(transcript);
        var list = messages.Last(m => m.StartsWith("bot → 1001:", StringComparison.Ordinal) && m.Contains("Nguyễn Văn Bình", StringComparison.Ordinal) && m.Contains("[1]", StringComparison.Ordinal));
        var card = messages.Single(m => m.StartsWith("bot → 1001:", StringComparison.Ordinal) && m.Contains("Trần Thị Cúc", StringComparison.Ordinal));
        var listed = list.Split('[').Length - 1;
        Assert.Contains($"[{listed + 1}] {Texts.Approve.Vi}", card, StringComparison.Ordinal);
        var after = messages.SkipWhile(m => m != card).Skip(1).ToList();
        Assert.Contains("Nguyễn Văn Bình", after[0], StringComparison.Ordinal);
        Assert.Contains($"[1] {Texts.ConfirmGo.Vi}", after[0], StringComparison.Ordinal);
        Assert.Contains(after, m => m.StartsWith("bot → 2002:", StringComparison.Ordinal));
        Assert.DoesNotContain(after, m => m.StartsWith("bot → 2003:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cards_own_number_approves_its_person()
    {
        var transcript = await ConsoleScript.RunAsync(folder.DatabasePath, TwoRegistrations + "!quit\n");
        var messages = Messages(transcript);
        var card = messages.Single(m => m.StartsWith("bot → 1001:", StringComparison.Ordinal) && m.Contains("Trần Thị Cúc", StringComparison.Ordinal));
        var number = card[..card.IndexOf("] " + Texts.Approve.Vi, StringComparison.Ordinal)].Split('[')[^1];

        var second = Messages(await ConsoleScript.RunAsync(folder.DatabasePath, $"{number}\n1\n!quit\n"));

        Assert.Contains(second, m => m.StartsWith("bot → 2003:", StringComparison.Ordinal));
        Assert.DoesNotContain(second, m => m.StartsWith("bot → 2002:", StringComparison.Ordinal));
    }

    /// <summary>The transcript cut into the bot's messages (a message runs until the next "bot →" line).</summary>
    private static List<string> Messages(string transcript) =>
        ("\n" + transcript).Split("\nbot → ").Skip(1).Select(m => "bot → " + m).ToList();
}
