using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>Linking never takes away what either profile had: an approval, or organizer rights from the configuration.</summary>
public sealed class LinkingKeepsRightsTests
{
    [Fact]
    public void An_approval_of_the_other_profile_stands_when_the_waiting_one_is_kept()
    {
        var bot = Meetings.Driver();
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Pending);

        Link(bot, OnZalo, OnTelegram);

        Assert.Null(bot.MemberOf(OnTelegram));
        Assert.Equal(MemberStatus.Approved, bot.MemberOf(OnZalo)?.Status);
    }

    [Fact]
    public void A_configured_organizer_who_links_their_other_channel_to_their_own_profile_stays_organizer_on_both()
    {
        var bot = new ConversationDriver(Meetings.Settings(OnTelegram));
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);

        Link(bot, OnTelegram, OnZalo);

        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Equal(Role.Organizer, Access.RoleOf(bot.Store, bot.Settings, OnTelegram));
        Assert.Equal([OnTelegram], Access.Organizers(bot.Store, bot.Settings));
        bot.Command(OnZalo, "/thanhvien");
        Assert.NotEqual(Domain.Text.Texts.NotAllowed.For(Domain.Text.Lang.Vi).Value, bot.TextsTo(OnZalo)[^1]);
    }
}
