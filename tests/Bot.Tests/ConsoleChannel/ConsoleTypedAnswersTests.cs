using Bot.Tests.Support;
using Domain.Text;

namespace Bot.Tests.ConsoleChannel;

/// <summary>
/// Typed answers on the console that choose nothing: a slip keeps the menu, a number no longer
/// shown is said to be so (also after a restart), someone who never registered is pointed to /start.
/// </summary>
public sealed class ConsoleTypedAnswersTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_slip_keeps_the_numbers_and_the_next_number_chooses_even_after_a_restart()
    {
        var before = await ConsoleScript.RunAsync(folder.DatabasePath, "/lang\nabc\n!quit\n");
        Assert.Contains(Texts.ChoiceWordsNotRead.For(Lang.Vi, 2).ToPlain(), before, StringComparison.Ordinal);

        var after = await ConsoleScript.RunAsync(folder.DatabasePath, "english\n2\n!quit\n");

        Assert.Contains(Texts.LanguageSet.Plain(Lang.En), after, StringComparison.Ordinal);
        Assert.Contains(Texts.ChoiceNumberNotShown.Plain(Lang.En), after, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.NotUnderstood.Plain(Lang.En), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_from_before_a_restart_that_is_no_longer_shown_chooses_nothing()
    {
        await ConsoleScript.RunAsync(folder.DatabasePath, "/lang\n2\n!quit\n");

        var after = await ConsoleScript.RunAsync(folder.DatabasePath, "1\n!quit\n");

        Assert.Contains(Texts.ChoiceNumberNotShown.Plain(Lang.En), after, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.LanguageSet.Plain(Lang.Vi), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_never_registered_is_pointed_to_start()
    {
        var transcript = await ConsoleScript.RunAsync(folder.DatabasePath, "!as 4004 Khách\nxin chao\n!quit\n");

        Assert.Contains(Texts.NotRegistered.Plain(Lang.Vi), transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.NotUnderstood.Plain(Lang.Vi), transcript, StringComparison.Ordinal);
    }
}
