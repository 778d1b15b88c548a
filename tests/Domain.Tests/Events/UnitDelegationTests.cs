using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>A unit coordinator answering for the unit's whole delegation.</summary>
public sealed class UnitDelegationTests
{
    private const string Start = $"dlg:start:{Id}";
    private readonly ConversationDriver bot = Driver();

    public UnitDelegationTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Lê Thị Điều Phối", "P05", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Thành Viên", "P05", "+84901000002");
        bot.Store.Put(new RoleGrant(Alice.ToString(), Role.Coordinator, ConversationDriver.Organizer.ToString(), bot.Now));
    }

    [Fact]
    public void Only_a_coordinator_sees_the_delegation_button_in_the_notice()
    {
        bot.Command(Alice, "/hoinghi");
        bot.Command(Bob, "/hoinghi");

        Assert.Contains(bot.LastWithButtons(Alice)!.Buttons.SelectMany(r => r), b => b.Data == Start);
        Assert.DoesNotContain(bot.LastWithButtons(Bob)!.Buttons.SelectMany(r => r), b => b.Data == Start);
    }

    [Fact]
    public void A_coordinator_gives_the_number_and_the_names_and_the_last_answer_counts()
    {
        bot.PressData(Alice, Start);
        bot.Text(Alice, "3");
        bot.Text(Alice, "Nguyễn Văn An\nPhạm Thị Bình");
        bot.PressData(Alice, Start);
        bot.Text(Alice, "4");
        bot.PressData(Alice, $"dlg:skip:{Id}");

        var delegation = bot.Store.Find<UnitDelegation>(UnitDelegation.IdFor(Id, "P05"))!;
        Assert.Equal(4, delegation.Count);
        Assert.Empty(delegation.Names);
        Assert.Equal(Alice.ToString(), delegation.By);
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void More_names_than_people_or_a_name_with_digits_is_asked_again()
    {
        bot.PressData(Alice, Start);
        bot.Text(Alice, "1");
        bot.Replies(Alice);

        bot.Text(Alice, "Nguyễn Văn An\nPhạm Thị Bình");
        bot.Text(Alice, "Nguyễn Văn 4");

        Assert.Equal([Texts.DelegationNamesInvalid.Vi(1), Texts.DelegationNamesInvalid.Vi(1)], bot.TextsTo(Alice));
        Assert.Null(bot.Store.Find<UnitDelegation>(UnitDelegation.IdFor(Id, "P05")));
        Assert.Equal("Names", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void A_plain_member_with_a_forged_button_is_refused_and_nothing_is_stored()
    {
        bot.PressData(Bob, Start);
        bot.Text(Bob, "50");

        Assert.Contains(Texts.DelegationCoordinatorsOnly.Vi(), bot.TextsTo(Bob));
        Assert.Empty(bot.Store.All<UnitDelegation>());
    }

    [Fact]
    public void After_the_deadline_the_delegation_cannot_change()
    {
        bot.Now = Deadline;

        bot.PressData(Alice, Start);

        Assert.Equal([Texts.RsvpClosed.Vi("17g00 ngày 25/4/2027 (Chủ nhật)")], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void The_headcount_uses_the_units_delegation_instead_of_its_members_answers_and_the_export_lists_the_names()
    {
        bot.PressData(Bob, $"rsvp:yes:{Id}");
        bot.PressData(Alice, Start);
        bot.Text(Alice, "5");
        bot.Text(Alice, "Nguyễn Văn An");

        bot.Command(ConversationDriver.Organizer, "/thongke");
        bot.Command(ConversationDriver.Organizer, "/xuatds");

        var stats = bot.TextsTo(ConversationDriver.Organizer)[0];
        Assert.Contains(Texts.StatsDelegation.Vi(5), stats, StringComparison.Ordinal);
        Assert.Contains(Texts.StatsTotal.Vi(0, 0, 0, 0, 5, 0).Split('\n')[1].Split('/')[0], stats, StringComparison.Ordinal);
        var rows = Assert.Single(bot.Files.Exported);
        Assert.Contains(rows, r => r.FullName == "Nguyễn Văn An" && r.Answer == Texts.DelegationRowAnswer.Plain(Lang.Vi));
    }
}
