using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Guests.GuestJourney;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Guests;

/// <summary>A guest who answered is in no notice's audience and not among the team's members.</summary>
public sealed class GuestAudienceTests
{
    private readonly ConversationDriver bot = Driver();

    public GuestAudienceTests()
    {
        Put(bot);
        AddMember(bot, People.Alice, "Nguyễn Thị Hoa", "P01", "+84901000001");
        bot.Command(Visitor, $"/start {Invite(bot)}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        bot.Press(Visitor, Texts.Attend.Plain(Lang.Vi));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("pending")]
    [InlineData("group:Guest")]
    [InlineData("rsvp:" + Id + ":Attending")]
    [InlineData("rsvp:" + Id + ":None")]
    public void No_audience_reaches_the_guest(string spec)
    {
        Assert.DoesNotContain(Visitor, Audience.Resolve(bot.Store, ConversationDriver.Units, spec));
    }

    [Fact]
    public void The_members_list_does_not_name_the_guest()
    {
        _ = bot.Replies(ConversationDriver.Organizer);
        bot.Command(ConversationDriver.Organizer, "/thanhvien");
        var units = bot.LastWithButtons(ConversationDriver.Organizer)!.Buttons.SelectMany(r => r).ToList();
        foreach (var unit in units)
        {
            bot.PressData(ConversationDriver.Organizer, unit.Data);
        }

        // Members are listed as buttons: their labels are what the organizer reads.
        var shown = string.Join("\n", bot.Replies(ConversationDriver.Organizer).OfType<Domain.Conversations.TextOut>()
            .SelectMany(t => t.Buttons.SelectMany(r => r).Select(b => b.Label).Prepend(t.Text.Value)));
        Assert.Contains("Nguyễn Thị Hoa", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", shown, StringComparison.Ordinal);
    }
}
