using Domain.Events;
using Domain.Members;
using Domain.Tests.Events;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Conversations;

/// <summary>
/// The meeting editor, the profile editor and the unit's delegation: after a restart (a new core
/// on the same stored sessions) each continues at the step it was at, and a step it does not know
/// is handled as before.
/// </summary>
public sealed class QuestionMachineStepTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    [Fact]
    public void The_meeting_editor_continues_at_the_same_question_after_a_restart()
    {
        var (bot, _) = MeetingEditing.Start();
        Put(bot);
        MeetingEditing.StartEdit(bot, "Deadline");

        var restarted = Restart(bot);
        Assert.Equal(MeetingEditor.State.Deadline, restarted.SessionOf(Organizer)!.Step<MeetingEditor.State>());
        restarted.Text(Organizer, "12g00 26/4/2027");

        Assert.Equal(Local(2027, 4, 26, 12, 0), restarted.Store.Find<Meeting>(Id)!.RsvpDeadline);
        Assert.Equal(Texts.MeetingSaved.Vi(), restarted.TextsTo(Organizer)[0]);
        Assert.Null(restarted.SessionOf(Organizer)!.Flow);
    }

    [Fact]
    public void A_copy_continues_after_a_restart()
    {
        var (bot, _) = MeetingEditing.Start();
        MeetingEditing.StartCopy(bot);

        var restarted = Restart(bot);
        restarted.Text(Organizer, "08g00 27/4/2027");

        Assert.NotNull(restarted.Store.Find<Meeting>("hn-20270427"));
    }

    [Fact]
    public void A_text_at_a_meeting_step_the_editor_does_not_know_is_an_invalid_value_and_changes_nothing()
    {
        var (bot, old) = MeetingEditing.Start();
        MeetingEditing.StartCopy(bot);
        bot.Store.Put(bot.SessionOf(Organizer)! with { State = "RenamedStep" });

        bot.Text(Organizer, "08g00 27/4/2027");

        Assert.Equal([Texts.ValueInvalid.Vi("08g00 ngày 27/4/2023 (thứ Năm)")], bot.TextsTo(Organizer));
        Assert.Equal([old], bot.Store.All<Meeting>());
        Assert.Empty(bot.Audit);
    }

    [Theory]
    [InlineData("mtg:edit:Card:hn-20230427")]
    [InlineData("mtg:edit:Copy:hn-20230427")]
    public void The_card_itself_or_the_copy_is_no_item_to_edit(string data)
    {
        var (bot, _) = MeetingEditing.Start();

        bot.PressData(Organizer, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.SessionOf(Organizer)?.Flow);
    }

    [Fact]
    public void The_profile_editor_continues_at_the_same_question_after_a_restart()
    {
        var bot = new ConversationDriver();
        var alice = Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(Alice, "prof:field:Phone");

        var restarted = Restart(bot);
        Assert.Equal(("prof", "Phone"), (restarted.SessionOf(Alice)!.Flow, restarted.SessionOf(Alice)!.State));
        restarted.Text(Alice, "091.234.5678");

        Assert.Equal(alice with { Phone = "+84912345678" }, restarted.MemberOf(Alice));
        Assert.Null(restarted.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_profile_answer_at_a_step_the_editor_does_not_know_is_not_understood()
    {
        var bot = new ConversationDriver();
        var alice = Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(Alice, "prof:field:Phone");
        bot.Replies(Alice);
        bot.Store.Put(bot.SessionOf(Alice)! with { State = "Shown" });

        bot.Text(Alice, "091.234.5678");

        Assert.Equal([Texts.NotUnderstood.Vi()], bot.TextsTo(Alice));
        Assert.Equal(alice, bot.MemberOf(Alice));
    }

    [Fact]
    public void The_delegation_continues_at_the_names_after_a_restart()
    {
        var bot = DelegationBench();
        bot.PressData(Alice, $"dlg:start:{Id}");
        bot.Text(Alice, "2");

        var restarted = Restart(bot);
        Assert.Equal(("dlg", "Names"), (restarted.SessionOf(Alice)!.Flow, restarted.SessionOf(Alice)!.State));
        restarted.Text(Alice, "Nguyễn Văn An\nPhạm Thị Bình");

        var delegation = restarted.Store.Find<UnitDelegation>(UnitDelegation.IdFor(Id, "P05"))!;
        Assert.Equal(2, delegation.Count);
        Assert.Equal(["Nguyễn Văn An", "Phạm Thị Bình"], delegation.Names);
        Assert.Null(restarted.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_delegation_step_the_flow_does_not_know_reads_as_the_count_question()
    {
        var bot = DelegationBench();
        bot.PressData(Alice, $"dlg:start:{Id}");
        bot.Store.Put(bot.SessionOf(Alice)! with { State = "RenamedStep" });
        bot.Replies(Alice);

        bot.Text(Alice, "0");

        Assert.Equal(0, bot.Store.Find<UnitDelegation>(UnitDelegation.IdFor(Id, "P05"))!.Count);
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void The_skip_button_before_the_names_are_asked_is_no_longer_valid()
    {
        var bot = DelegationBench();
        bot.PressData(Alice, $"dlg:start:{Id}");
        bot.Replies(Alice);

        bot.PressData(Alice, $"dlg:skip:{Id}");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal("Count", bot.SessionOf(Alice)!.State);
        Assert.Empty(bot.Store.All<UnitDelegation>());
    }

    private static ConversationDriver Restart(ConversationDriver bot) => new(bot.Settings, bot.Store) { Now = bot.Now };

    private static ConversationDriver DelegationBench()
    {
        var bot = Driver();
        Put(bot);
        AddMember(bot, Alice, "Lê Thị Điều Phối", "P05", "+84901000001");
        bot.Store.Put(new Domain.Members.RoleGrant(Alice.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));
        return bot;
    }
}
