using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>A linked person who blocked the bot on one channel gets later messages on the other.</summary>
public sealed class ChannelFallbackTests
{
    private readonly ConversationDriver bot = Meetings.Driver();

    [Fact]
    public void An_unreachable_preferred_channel_gives_way_to_the_other_one()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Link(bot, OnTelegram, OnZalo);
        bot.Text(OnZalo, "xin chào");
        Assert.Equal(OnZalo.ToString(), bot.Store.Find<PreferredChannel>(OnTelegram.ToString())?.Via);

        bot.Deliver(ChannelFallback.Signal(OnZalo, 42, bot.Now));

        Assert.Equal(new PreferredChannel(OnTelegram.ToString(), OnTelegram.ToString(), false), bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
        Assert.Contains(bot.Audit, a => a.Action == "channel.fallback");
    }

    [Fact]
    public void A_channel_that_is_not_the_preferred_one_or_a_person_without_links_changes_nothing()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Link(bot, OnTelegram, OnZalo);
        bot.Text(OnZalo, "xin chào");
        Registering.Seed(bot, OtherZalo, MemberStatus.Approved);

        bot.Deliver(ChannelFallback.Signal(OnTelegram, 1, bot.Now));
        bot.Deliver(ChannelFallback.Signal(OtherZalo, 2, bot.Now));

        Assert.Equal(OnZalo.ToString(), bot.Store.Find<PreferredChannel>(OnTelegram.ToString())?.Via);
        Assert.Null(bot.Store.Find<PreferredChannel>(OtherZalo.ToString()));
        Assert.DoesNotContain(bot.Audit, a => a.Action == "channel.fallback");
    }
}
