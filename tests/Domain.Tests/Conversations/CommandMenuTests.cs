using Domain.Conversations;
using Domain.Conversations.Basics;
using Domain.Tests.Support;

namespace Domain.Tests.Conversations;

/// <summary>The command menu against the registered command handlers: nothing shown that does nothing, nothing hidden without a reason.</summary>
public sealed class CommandMenuTests
{
    /// <summary>Every registered command the menu does not show, and why.</summary>
    private static readonly Dictionary<string, string> Hidden = new(StringComparer.Ordinal)
    {
        ["batdau"] = "Vietnamese alias of /start",
        ["trogiup"] = "Vietnamese alias of /help",
        ["ngonngu"] = "Vietnamese alias of /lang",
        ["cancel"] = "English alias of /huy",
        ["meeting"] = "English alias of /hoinghi",
        ["comment"] = "English alias of /gopy",
        ["profile"] = "English alias of /hoso",
        ["link"] = "English alias of /lienket",
        ["erase"] = "English alias of /xoadulieu",
        ["pending"] = "English alias of /choduyet",
        ["members"] = "English alias of /thanhvien",
        ["meetings"] = "English alias of /sukien",
        ["broadcast"] = "English alias of /thongbao",
        ["stopnotice"] = "English alias of /huythongbao",
        ["notices"] = "English alias of /lichsu",
        ["stats"] = "English alias of /thongke",
        ["comments"] = "English alias of /ykien",
        ["export"] = "English alias of /xuatds",
        ["roster"] = "English alias of /totuyentruyen",
        ["qr"] = "English alias of /maqr",
        ["campaigns"] = "English alias of /chiendich",
        ["report"] = "English alias of /baocao",
        ["guests"] = "English alias of /khach",
        ["checkin"] = "English alias of /diemdanh",
    };

    private readonly Router router = CoreHandlers.CreateRouter(ConversationDriver.Units, new StubEventFiles(), new StubDiscussionFiles(), new StubTeamFiles(), new StubGuestFiles());

    [Fact]
    public void Every_command_in_the_menu_has_a_handler()
    {
        var missing = CommandMenu.Entries.Select(e => e.Command).Where(c => !router.CommandNames.Contains(c)).ToList();

        Assert.True(missing.Count == 0, "In the menu without a handler: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_registered_command_is_in_the_menu_or_hidden_for_a_stated_reason()
    {
        var shown = CommandMenu.Entries.Select(e => e.Command).ToHashSet(StringComparer.Ordinal);

        var unexplained = router.CommandNames.Where(c => !shown.Contains(c) && !Hidden.ContainsKey(c)).ToList();

        Assert.True(unexplained.Count == 0, "Registered, not in the menu, no reason given: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void Nothing_is_listed_as_hidden_that_is_shown_or_not_registered()
    {
        var stale = Hidden.Keys.Where(c => CommandMenu.Entries.Any(e => e.Command == c) || !router.CommandNames.Contains(c)).ToList();

        Assert.True(stale.Count == 0, "Listed as hidden but shown or not registered: " + string.Join(", ", stale));
    }
}
