using Domain.CheckIn;
using Domain.Conversations;
using Domain.Guests;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Guests.GuestJourney;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Guests;

/// <summary>The guest desk's and the consent's machines: the steps stored under the same names as before, a restart at each.</summary>
public sealed class GuestMachinesTests
{
    private static readonly Domain.Users.UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public GuestMachinesTests() => Put(bot, Sample());

    [Fact]
    public void The_desk_stores_its_question_by_name_and_choosing_again_asks_the_other()
    {
        bot.Command(Organizer, "/khach");
        bot.PressData(Organizer, new GuestDeskButton(GuestDeskButton.Import, Id).Encode());
        Assert.Equal(("khach", "Import"), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State));

        bot.PressData(Organizer, new GuestDeskButton(GuestDeskButton.Add, Id).Encode());

        Assert.Equal("Add", bot.SessionOf(Organizer)!.State);
        Assert.Equal(Texts.GuestAskLine.Vi(), bot.TextsTo(Organizer)[^1]);
    }

    [Fact]
    public void After_a_restart_the_import_question_takes_the_list_and_the_desk_closes()
    {
        bot.Command(Organizer, "/khach");
        bot.PressData(Organizer, new GuestDeskButton(GuestDeskButton.Import, Id).Encode());
        var restarted = new ConversationDriver(bot.Settings, bot.Store) { Now = bot.Now };

        restarted.Text(Organizer, "Trần Văn Bảy,Công an Quận 5,Trưởng ban");

        Assert.Single(restarted.Store.All<Guest>());
        Assert.Null(restarted.SessionOf(Organizer)!.Flow);
    }

    [Fact]
    public void A_bad_line_keeps_the_add_question_open()
    {
        bot.Command(Organizer, "/khach");
        bot.PressData(Organizer, new GuestDeskButton(GuestDeskButton.Add, Id).Encode());

        bot.Text(Organizer, "x");

        Assert.Equal(Texts.GuestLineInvalid.Vi(), bot.TextsTo(Organizer)[^1]);
        Assert.Equal("Add", bot.SessionOf(Organizer)!.State);
    }

    [Fact]
    public void The_consent_question_is_stored_as_consent_and_refusing_keeps_nothing()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");
        Assert.Equal((GuestInvitation.FlowName, "Consent"), (bot.SessionOf(Visitor)!.Flow, bot.SessionOf(Visitor)!.State));

        bot.Press(Visitor, Texts.GuestConsentNo.Plain(Lang.Vi));

        Assert.Null(bot.SessionOf(Visitor)!.Flow);
        Assert.Null(Assert.Single(bot.Store.All<Guest>()).ClaimedBy);
        Assert.Equal(Texts.GuestConsentRefused.Vi(), bot.TextsTo(Visitor)[^1]);
    }

    [Fact]
    public void A_link_another_chat_took_meanwhile_is_refused_at_consent()
    {
        var payload = Invite(bot);
        bot.Command(Visitor, $"/start {payload}");
        bot.Command(Stranger, $"/start {payload}");
        bot.Press(Stranger, Texts.GuestConsentYes.Plain(Lang.Vi));

        bot.PressData(Visitor, new GuestButton(GuestButton.Consent, Assert.Single(bot.Store.All<Guest>()).Id).Encode());

        Assert.Equal(Texts.GuestLinkUsed.Vi(), bot.TextsTo(Visitor)[^1]);
        Assert.Equal(Stranger.ToString(), Assert.Single(bot.Store.All<Guest>()).ClaimedBy);
        Assert.Null(bot.SessionOf(Visitor)!.Flow);
    }

    [Fact]
    public void The_diagrams_name_every_step()
    {
        Assert.All(["Menu", "Add", "Import"], s => Assert.Contains(s, GuestDeskMachine.Diagram(), StringComparison.Ordinal));
        Assert.All(["Invited", "Consent", "Answering"], s => Assert.Contains(s, GuestConsentMachine.Diagram(), StringComparison.Ordinal));
        Assert.All(["Door", "DelegateName"], s => Assert.Contains(s, DoorMachine.Diagram(), StringComparison.Ordinal));
    }
}
