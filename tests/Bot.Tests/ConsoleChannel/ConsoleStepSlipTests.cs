using Bot.Tests.Support;
using Domain.Text;

namespace Bot.Tests.ConsoleChannel;

/// <summary>
/// On the console a word typed where a conversation waits for a choice brings the question back
/// with its numbers, so the number typed next still picks from that list.
/// </summary>
public sealed class ConsoleStepSlipTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_word_at_the_profile_unit_list_lists_the_units_again_and_the_next_number_picks_one()
    {
        var transcript = await ConsoleScript.RunAsync(
            folder.DatabasePath,
            """
            !as 2002 Nguyễn Văn B
            /start
            1
            Nguyễn Văn Bình
            !contact +84912345678
            5
            Phó Chủ tịch
            1
            /hoso
            3
            phuong nam
            2
            !quit

            """);

        var slip = transcript.IndexOf($"bot → 2002: {Texts.UseButtons.Plain(Lang.Vi)}\nbot → 2002: {Texts.AskUnit.Plain(Lang.Vi)}\n", StringComparison.Ordinal);
        Assert.True(slip >= 0, transcript);
        var list = transcript[slip..];
        var second = list[(list.IndexOf("[2] ", StringComparison.Ordinal) + 4)..].Split('\n')[0].Split("  [")[0];
        var saved = list[list.IndexOf($"bot → 2002: {Texts.ProfileSaved.Plain(Lang.Vi)}", StringComparison.Ordinal)..];
        Assert.Contains($": {second}\n", saved, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.NotUnderstood.Plain(Lang.Vi), transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.ChoiceNumberNotShown.Plain(Lang.Vi), transcript, StringComparison.Ordinal);
    }
}
