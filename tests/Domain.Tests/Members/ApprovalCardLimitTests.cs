using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Members;

/// <summary>Someone rejected or erased who registers again and again sends organizers at most one card a day.</summary>
public sealed class ApprovalCardLimitTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = new(new BotSettings { Organizers = new HashSet<UserKey> { Organizer } });

    [Fact]
    public void A_rejected_person_registering_again_the_same_day_sends_no_second_card()
    {
        Registering.Complete(bot, Alice);
        Assert.Equal(1, Cards());
        bot.Press(Organizer, "Từ chối");

        for (var i = 0; i < 5; i++)
        {
            bot.Now = bot.Now.AddHours(1);
            Registering.Complete(bot, Alice);
            // Rejected again (from /choduyet, say), and registers once more.
            bot.Store.Put(bot.MemberOf(Alice)! with { Status = MemberStatus.Rejected });
        }

        Registering.Complete(bot, Alice);

        Assert.Equal(1, Cards());
        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);
        Assert.Equal(Texts.SubmittedPending.Vi(), bot.TextsTo(Alice)[^1]);
    }

    [Fact]
    public void A_day_later_the_organizers_get_a_card_again()
    {
        Registering.Complete(bot, Alice);
        bot.Press(Organizer, "Từ chối");
        bot.Now = bot.Now.AddDays(1);

        Registering.Complete(bot, Alice);

        Assert.Equal(2, Cards());
    }

    [Fact]
    public void An_erased_person_registering_again_and_again_sends_one_card_a_day()
    {
        Registering.Complete(bot, Alice);
        for (var i = 0; i < 5; i++)
        {
            // What erasure leaves: no member record and no session.
            bot.Store.Apply(Erase(Alice));
            bot.Now = bot.Now.AddMinutes(30);
            Registering.Complete(bot, Alice);
        }

        Assert.Equal(1, Cards());
    }

    [Fact]
    public void Different_people_each_get_their_card()
    {
        Registering.Complete(bot, Alice);
        Registering.Complete(bot, Bob);

        Assert.Equal(2, Cards());
    }

    [Fact]
    public void The_log_does_not_name_the_person()
    {
        Registering.Complete(bot, Alice);

        var log = Assert.Single(bot.Store.All<ApprovalCardLog>());
        Assert.DoesNotContain(Alice.Id, log.Id, StringComparison.Ordinal);
        Assert.Equal(ApprovalCardLog.IdFor(Alice.ToString()), log.Id);
    }

    private static ChangeSet Erase(UserKey user)
    {
        var changes = new ChangeSet();
        changes.Delete<Member>(user.ToString());
        changes.Delete<Session>(user.ToString());
        return changes;
    }

    /// <summary>Approval cards sent to the organizer so far.</summary>
    private int Cards() =>
        bot.AllSentTo(Organizer).OfType<TextOut>().Count(t => t.AllButtons().Any(b => b.Data.StartsWith("appr:yes:", StringComparison.Ordinal)));
}
