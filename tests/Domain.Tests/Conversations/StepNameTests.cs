using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Conversations;

/// <summary>A machine's state and the step name stored in the session, converted in one place.</summary>
public sealed class StepNameTests
{
    [Fact]
    public void A_state_is_stored_by_its_name_and_read_back()
    {
        var session = Session.New(Alice, Lang.Vi).Enter(RsvpFlow.FlowName, RsvpMachine.State.DelegatePhone);

        Assert.Equal("DelegatePhone", session.State);
        Assert.Equal(RsvpMachine.State.DelegatePhone, session.Step<RsvpMachine.State>());
        Assert.Equal("Reason", session.At(RsvpMachine.State.Reason).State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Gone")]
    [InlineData("reason")]
    [InlineData("1")]
    [InlineData("Reason,DelegateName")]
    [InlineData(" Reason")]
    public void A_stored_step_the_machine_does_not_have_reads_as_none(string? stored)
    {
        Assert.Null(StepName.Parse<RsvpMachine.State>(stored));
    }

    [Fact]
    public void A_value_outside_the_enum_is_not_stored()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StepName.Of((RsvpMachine.State)42));
    }

    [Fact]
    public void An_answer_stored_at_an_unknown_step_is_dropped_with_a_clear_message_and_stores_nothing()
    {
        var bot = Driver();
        Put(bot);
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(Alice, $"rsvp:no:{Id}");
        bot.Replies(Alice);
        bot.Store.Put(bot.SessionOf(Alice)! with { State = "RenamedStep" });

        bot.Text(Alice, "Bận việc gia đình");

        Assert.Equal([Texts.NotUnderstood.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
        Assert.Empty(bot.Store.All<Rsvp>());
    }
}
