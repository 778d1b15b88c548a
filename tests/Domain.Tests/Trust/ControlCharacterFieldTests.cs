using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Discussion;
using Domain.Tests.Support;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Trust;

/// <summary>
/// Direction overrides and hidden characters typed into any free-text field never reach what the
/// bot keeps, so nothing disguises itself in an organizer's list.
/// </summary>
public sealed class ControlCharacterFieldTests
{
    private const string Override = "\u202E";
    private const string ZeroWidth = "\u200B";

    [Fact]
    public void A_position_typed_at_registration_is_stored_without_them()
    {
        var bot = Meetings.Driver();
        Registering.ToStep(bot, Alice, "Position");
        bot.Text(Alice, $"Tổ{ZeroWidth} trưởng{Override} khu phố\u2066");
        bot.Press(Alice, "reg:confirm");

        Assert.Equal("Tổ trưởng khu phố", bot.MemberOf(Alice)!.Position);
    }

    [Fact]
    public void A_name_with_an_override_inside_is_stored_without_it_in_a_profile_edit()
    {
        var bot = Meetings.Driver();
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.Command(Alice, "/hoso");
        bot.Press(Alice, "prof:field:Name");
        bot.Text(Alice, $"Lê Thị{Override} Lan{ZeroWidth}");

        Assert.Equal("Lê Thị Lan", bot.MemberOf(Alice)!.FullName);
    }

    [Fact]
    public void A_reason_and_a_stand_in_are_stored_without_them()
    {
        var bot = Meetings.Driver();
        Meetings.Put(bot);
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        Registering.Seed(bot, Bob, MemberStatus.Approved);

        bot.PressData(Alice, $"rsvp:no:{Meetings.Id}");
        bot.Text(Alice, $"Bận{Override} công tác\u0007");
        bot.PressData(Bob, $"rsvp:sub:{Meetings.Id}");
        bot.Text(Bob, $"Trần{ZeroWidth} Văn\u2067 Bình");
        bot.Text(Bob, $"Phó{Override} trưởng ban");
        bot.Text(Bob, "0912345678");

        Assert.Equal("Bận công tác", Meetings.RsvpOf(bot, Alice)!.Reason);
        var stand = Meetings.RsvpOf(bot, Bob)!.Delegate!;
        Assert.Equal(("Trần Văn Bình", "Phó trưởng ban"), (stand.FullName, stand.Position));
    }

    [Fact]
    public void A_comment_keeps_its_lines_and_emoji_but_loses_the_override()
    {
        var bot = Commenting.Driver();
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        var comment = Commenting.Submit(bot, Alice, $"Ý kiến 👨‍👩‍👧{Override}\nDòng hai{ZeroWidth}");

        Assert.Equal("Ý kiến 👨‍👩‍👧\nDòng hai", comment.Text);
    }

    [Fact]
    public void A_notice_text_and_its_preview_are_without_them()
    {
        var bot = Meetings.Driver();
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        var notice = Broadcasts.Send(bot, ConversationDriver.Organizer, $"Kính mời{Override} dự họp\u2068");

        Assert.DoesNotContain(Override, notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2068", notice.Text, StringComparison.Ordinal);
        Assert.All(bot.AllSentTo(ConversationDriver.Organizer).OfType<TextOut>(), t => Assert.DoesNotContain(Override, t.Text.Value, StringComparison.Ordinal));
    }
}
