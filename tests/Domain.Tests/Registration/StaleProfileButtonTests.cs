using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Registration;

/// <summary>
/// Someone registering again (after erasing their data, or after being rejected) may still have
/// the profile buttons of an earlier /hoso in their chat. Pressing one is a stale button like any
/// other: it must not end or replace the registration in progress.
/// </summary>
public sealed class StaleProfileButtonTests
{
    private readonly ConversationDriver bot = new();

    [Fact]
    public void An_old_profile_button_after_erasure_does_not_end_the_registration_in_progress()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.Command(Alice, "/hoso");
        bot.Command(Alice, "/xoadulieu");
        bot.Press(Alice, "erase:yes");
        Registering.ToStep(bot, Alice, "Phone");
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.PressData(Alice, "prof:field:Phone");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        var after = bot.SessionOf(Alice)!;
        Assert.Equal(("reg", "Phone"), (after.Flow, after.State));
        Assert.Equal(before.Draft, after.Draft);
    }

    [Fact]
    public void An_old_profile_button_of_a_rejected_member_does_not_replace_the_new_registration()
    {
        Registering.Seed(bot, Alice, MemberStatus.Rejected, "Tên Cũ");
        bot.Command(Alice, "/hoso");
        Registering.ToStep(bot, Alice, "Position");
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.PressData(Alice, "prof:field:Name");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        var after = bot.SessionOf(Alice)!;
        Assert.Equal(("reg", "Position"), (after.Flow, after.State));
        Assert.Equal(before.Draft, after.Draft);
    }
}
