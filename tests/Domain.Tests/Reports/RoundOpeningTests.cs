using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>Opening a round for the default units, a group of the units file, or a hand-picked list.</summary>
public sealed class RoundOpeningTests
{
    private static readonly Domain.Users.UserKey Organizer = ConversationDriver.Organizer;

    /// <summary>/baocao → open → the meeting: the preview.</summary>
    private static ConversationDriver AtPreview()
    {
        var bot = Driver();
        bot.Command(Organizer, "/baocao");
        bot.Press(Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.Press(Organizer, MeetingChoice());
        return bot;
    }

    private static RoundOpeningMachine.State? Step(ConversationDriver bot) => bot.SessionOf(Organizer)!.Step<RoundOpeningMachine.State>();

    private static string Nonce(ConversationDriver bot) => bot.SessionOf(Organizer)!.Get("nonce")!;

    private static void Unit(ConversationDriver bot, string name) =>
        bot.Press(Organizer, bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r).Single(b => b.Label.EndsWith(" " + name, StringComparison.Ordinal)).Data);

    private static ReportingRound OpenNow(ConversationDriver bot)
    {
        bot.Press(Organizer, Texts.OpenRoundSend.Plain(Lang.Vi));
        return bot.Store.All<ReportingRound>().Single();
    }

    [Fact]
    public void A_group_of_the_units_file_is_chosen_from_the_preview()
    {
        var bot = AtPreview();

        bot.Press(Organizer, Texts.AudienceGroup.Plain(Lang.Vi));
        var groups = bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();
        bot.Press(Organizer, $"{Texts.GroupMemberOrganizations.Plain(Lang.Vi)} (1)");

        Assert.Equal([$"{Texts.GroupWards.Plain(Lang.Vi)} (14)", $"{Texts.GroupDistrict.Plain(Lang.Vi)} (1)", $"{Texts.GroupMemberOrganizations.Plain(Lang.Vi)} (1)", Texts.RoundBack.Plain(Lang.Vi)], groups);
        Assert.Equal(RoundOpeningMachine.State.Preview, Step(bot));
        Assert.Contains($"{Texts.GroupMemberOrganizations.Plain(Lang.Vi)}: Hội Liên hiệp Phụ nữ", bot.TextsTo(Organizer)[^1], StringComparison.Ordinal);
        Assert.Equal(["HPN"], OpenNow(bot).RequiredUnits);
    }

    [Fact]
    public void A_hand_picked_list_is_toggled_then_confirmed_and_only_its_units_hear_of_the_round()
    {
        var bot = AtPreview();
        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        Assert.Equal(RoundOpeningMachine.State.Units, Step(bot));

        Unit(bot, "Phường 9");
        Unit(bot, "Phường 8");
        Unit(bot, "Phường 9");
        Unit(bot, "Phường 3");
        Assert.Contains(bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r), b => b.Label == "☑ Phường 8");
        bot.Press(Organizer, Texts.RoundUnitsDone.For(Lang.Vi, 2).ToPlain());

        Assert.Equal(RoundOpeningMachine.State.Preview, Step(bot));
        Assert.Contains("Phường 3, Phường 8", bot.TextsTo(Organizer)[^1], StringComparison.Ordinal);
        bot.TextsTo(OtherUnit);
        Assert.Equal(["P03", "P08"], OpenNow(bot).RequiredUnits);
        Assert.Contains(bot.TextsTo(Reporter), t => t.Contains(Meetings.Title, StringComparison.Ordinal));
        Assert.Empty(bot.TextsTo(OtherUnit));
    }

    [Fact]
    public void Opening_the_list_again_starts_from_the_picked_units_and_back_keeps_them()
    {
        var bot = AtPreview();
        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        Unit(bot, "Phường 8");
        bot.Press(Organizer, Texts.RoundUnitsDone.For(Lang.Vi, 1).ToPlain());

        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        Unit(bot, "Phường 9");
        bot.Press(Organizer, Texts.RoundBack.Plain(Lang.Vi));

        Assert.Equal(RoundOpeningMachine.State.Preview, Step(bot));
        Assert.Equal(["P08"], OpenNow(bot).RequiredUnits);
    }

    [Fact]
    public void Done_with_no_unit_ticked_asks_again_and_back_from_the_groups_changes_nothing()
    {
        var bot = AtPreview();
        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.RoundUnitsDone.For(Lang.Vi, 0).ToPlain());

        Assert.Equal(Texts.RoundNoUnitChosen.Vi(), bot.TextsTo(Organizer)[^2]);
        Assert.Equal(RoundOpeningMachine.State.Units, Step(bot));

        bot.Press(Organizer, Texts.RoundBack.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.AudienceGroup.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.RoundBack.Plain(Lang.Vi));
        Assert.Equal(15, OpenNow(bot).RequiredUnits.Count);
    }

    [Fact]
    public void Forged_units_and_groups_stale_nonces_and_presses_out_of_step_are_refused()
    {
        var bot = AtPreview();
        var nonce = Nonce(bot);
        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        bot.TextsTo(Organizer);

        bot.PressData(Organizer, new RoundOpeningButton(nonce, RoundOpeningButton.Toggle, "ZZZ").Encode());
        bot.PressData(Organizer, new RoundOpeningButton("abcdef", RoundOpeningButton.Toggle, "P08").Encode());
        bot.PressData(Organizer, new RoundOpeningButton(nonce, RoundOpeningButton.ChooseGroup, nameof(UnitGroup.Ward)).Encode());
        bot.Press(Organizer, Texts.RoundBack.Plain(Lang.Vi));
        bot.TextsTo(Organizer);
        bot.PressData(Organizer, new RoundOpeningButton(nonce, RoundOpeningButton.Toggle, "P08").Encode());
        bot.PressData(Organizer, new RoundOpeningButton(nonce, RoundOpeningButton.UnitsDone).Encode());
        bot.Press(Organizer, Texts.AudienceGroup.Plain(Lang.Vi));
        bot.TextsTo(Organizer);
        bot.PressData(Organizer, new RoundOpeningButton(nonce, RoundOpeningButton.ChooseGroup, nameof(UnitGroup.Guest)).Encode());
        bot.PressData(Organizer, new RoundOpeningButton(nonce, RoundOpeningButton.ChooseGroup, "Bogus").Encode());

        Assert.All(bot.TextsTo(Organizer), t => Assert.Equal(Texts.ButtonExpired.Vi(), t));
        Assert.Equal(RoundOpeningMachine.State.Group, Step(bot));
        Assert.Empty(RoundOpeningMachine.PickedIn(bot.SessionOf(Organizer)!));
    }

    [Fact]
    public void A_member_or_a_stranger_cannot_press_the_opening_buttons()
    {
        var bot = AtPreview();
        var nonce = Nonce(bot);

        foreach (var user in new[] { Reporter, Stranger })
        {
            bot.PressData(user, new RoundOpeningButton(nonce, RoundOpeningButton.PickUnits).Encode());
            bot.PressData(user, new RoundOpeningButton(nonce, RoundOpeningButton.Open).Encode());
        }

        Assert.Empty(bot.Store.All<ReportingRound>());
        Assert.Null(bot.SessionOf(Reporter)!.Flow);
        Assert.Equal(RoundOpeningMachine.State.Preview, Step(bot));
    }

    [Fact]
    public void An_old_wards_only_button_still_works()
    {
        var bot = AtPreview();
        bot.PressData(Organizer, new RoundOpeningButton(Nonce(bot), RoundOpeningButton.Units, "wards").Encode());

        Assert.Equal(14, OpenNow(bot).RequiredUnits.Count);
    }

    [Fact]
    public void After_a_restart_the_hand_picked_list_continues_with_its_ticks()
    {
        var bot = AtPreview();
        bot.Press(Organizer, Texts.AudienceUnits.Plain(Lang.Vi));
        Unit(bot, "Phường 8");

        var restarted = new ConversationDriver(bot.Settings, bot.Store) { Now = bot.Now };
        restarted.PressData(Organizer, new RoundOpeningButton(Nonce(bot), RoundOpeningButton.Toggle, "P09").Encode());
        restarted.PressData(Organizer, new RoundOpeningButton(Nonce(bot), RoundOpeningButton.UnitsDone).Encode());
        restarted.PressData(Organizer, new RoundOpeningButton(Nonce(bot), RoundOpeningButton.Open).Encode());

        Assert.Equal(["P08", "P09"], restarted.Store.All<ReportingRound>().Single().RequiredUnits);
    }

    [Fact]
    public void The_opening_machines_diagram_shows_the_group_and_the_hand_picked_list()
    {
        var diagram = RoundOpeningMachine.Diagram();

        Assert.Contains("Units --> Preview : UnitsDone [some unit ticked]", diagram, StringComparison.Ordinal);
        Assert.Contains("Group --> Preview : GroupChosen", diagram, StringComparison.Ordinal);
    }
}
