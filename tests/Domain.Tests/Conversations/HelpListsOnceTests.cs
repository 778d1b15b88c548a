using Domain.Conversations.Basics;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Conversations;

/// <summary>A command that does more for organizers (/baocao) is listed once in /help: for an organizer in their part, with both meanings.</summary>
public sealed class HelpListsOnceTests
{
    private readonly ConversationDriver bot = new();

    [Fact]
    public void An_organizer_sees_baocao_once_in_the_organizers_part_with_both_meanings()
    {
        bot.Command(ConversationDriver.Organizer, "/help");

        var help = Assert.Single(bot.TextsTo(ConversationDriver.Organizer));
        var at = help.IndexOf("/baocao", StringComparison.Ordinal);
        Assert.Equal(at, help.LastIndexOf("/baocao", StringComparison.Ordinal));
        Assert.True(at > help.IndexOf(Texts.HelpOrganizerHeader.Vi(), StringComparison.Ordinal));
        var line = help[at..].Split('\n')[0];
        var member = CommandMenu.Entries.Single(e => e.Command == "baocao").Description.Plain(Lang.Vi);
        Assert.Equal($"/baocao – {Texts.ReportMenuOrganizers.Plain(Lang.Vi)}; {char.ToLowerInvariant(member[0])}{member[1..]}", line);
    }

    [Fact]
    public void A_member_sees_baocao_once_with_its_member_meaning()
    {
        Registering.Seed(bot, People.Alice, MemberStatus.Approved);

        bot.Command(People.Alice, "/help");

        var help = Assert.Single(bot.TextsTo(People.Alice));
        Assert.Single(help.Split('\n'), l => l.StartsWith("/baocao", StringComparison.Ordinal));
        Assert.Contains("/baocao – " + CommandMenu.Entries.Single(e => e.Command == "baocao").Description.Plain(Lang.Vi), help, StringComparison.Ordinal);
    }
}
