using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>The /sukien tests' bench: an old meeting to copy, a plain member, and the way to a question.</summary>
public static class MeetingEditing
{
    public const string OldId = "hn-20230427";

    public static (ConversationDriver Bot, Meeting Old) Start()
    {
        var bot = Driver();
        var old = Put(bot, Sample(OldId, Local(2023, 4, 27, 8, 0), Local(2023, 4, 25, 17, 0)));
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        return (bot, old);
    }

    public static void StartCopy(ConversationDriver bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var organizer = ConversationDriver.Organizer;
        bot.Command(organizer, "/sukien");
        bot.Press(organizer, $"mtg:pick:{OldId}");
        bot.Press(organizer, $"mtg:copy:{OldId}");
        Assert.Equal([Texts.AskNewTime.Vi()], bot.TextsTo(organizer).Skip(2));
        Assert.Equal((MeetingEditor.FlowName, "Copy"), (bot.SessionOf(organizer)!.Flow, bot.SessionOf(organizer)!.State));
    }

    public static void StartEdit(ConversationDriver bot, string field)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var organizer = ConversationDriver.Organizer;
        bot.Command(organizer, "/sukien");
        bot.Press(organizer, $"mtg:pick:{Id}");
        bot.Press(organizer, $"mtg:edit:{field}:{Id}");
        bot.Replies(organizer);
        Assert.Equal((MeetingEditor.FlowName, field), (bot.SessionOf(organizer)!.Flow, bot.SessionOf(organizer)!.State));
    }
}
