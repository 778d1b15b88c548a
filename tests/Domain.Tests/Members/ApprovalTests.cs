using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Members;

/// <summary>Organizers decide on registrations; the member's own turn applies the decision once.</summary>
public sealed class ApprovalTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = new(new BotSettings { Organizers = new HashSet<UserKey> { Organizer, SecondOrganizer } });

    public ApprovalTests()
    {
        Registering.Complete(bot, Alice);
        bot.Replies(Alice);
        bot.Replies(Organizer);
        bot.Replies(SecondOrganizer);
    }

    [Fact]
    public void Approval_by_an_organizer_approves_the_member_and_tells_both()
    {
        bot.Now = bot.Now.AddHours(2);

        bot.Press(Organizer, "Duyệt");

        var member = bot.MemberOf(Alice)!;
        Assert.Equal(MemberStatus.Approved, member.Status);
        Assert.Equal(Organizer.ToString(), member.DecidedBy);
        Assert.Equal(bot.Now, member.DecidedAt);
        Assert.Equal([Texts.YouWereApproved.Vi(Profile.Team(Lang.Vi))], bot.TextsTo(Alice));
        var toOrganizer = bot.Replies(Organizer);
        Assert.Contains(new ButtonAck("cb"), toOrganizer);
        Assert.Equal([Texts.ApprovedBy.Vi(Registering.Name)], toOrganizer.Texts());
        var audit = bot.Audit[^1];
        Assert.Equal(("member.approved", Organizer, Alice.ToString()), (audit.Action, audit.By, audit.Subject));
    }

    [Fact]
    public void Rejection_by_an_organizer_rejects_the_member_and_tells_both()
    {
        bot.Press(Organizer, "Từ chối");

        Assert.Equal(MemberStatus.Rejected, bot.MemberOf(Alice)!.Status);
        Assert.Equal([Texts.YouWereRejected.Vi()], bot.TextsTo(Alice));
        Assert.Equal([Texts.RejectedBy.Vi(Registering.Name)], bot.TextsTo(Organizer));
        Assert.Equal("member.rejected", bot.Audit[^1].Action);
    }

    [Fact]
    public void The_decision_runs_in_the_members_own_turn_as_a_signal()
    {
        bot.Press(Organizer, "Duyệt");

        var (press, pressChanges) = bot.Turns[^2];
        var (signal, signalChanges) = bot.Turns[^1];
        Assert.Equal(Organizer, press.From);
        Assert.Empty(pressChanges.Upserts.OfType<Member>());
        Assert.Equal(Alice, Assert.Single(pressChanges.Signals).From);
        Assert.Equal(Alice, signal.From);
        Assert.Equal(new SignalIn(ApprovalRequests.SignalName, Organizer, $"yes#{ApprovalRequests.Stamp(bot.MemberOf(Alice)!)}"), signal.Event);
        Assert.Single(signalChanges.Upserts.OfType<Member>());
    }

    [Fact]
    public void A_second_press_is_told_the_registration_was_already_decided()
    {
        bot.Press(Organizer, "Duyệt");
        var decided = bot.MemberOf(Alice)!;
        var auditCount = bot.Audit.Count;
        bot.Replies(Organizer);
        bot.Replies(Alice);

        bot.Press(Organizer, "Từ chối");

        Assert.Equal(decided, bot.MemberOf(Alice));
        Assert.Equal([Texts.AlreadyDecided.Vi(Registering.Name, "đã duyệt")], bot.TextsTo(Organizer));
        Assert.Empty(bot.TextsTo(Alice));
        Assert.Equal(auditCount, bot.Audit.Count);
    }

    [Fact]
    public void A_second_organizer_is_told_the_registration_was_already_decided()
    {
        bot.Press(Organizer, "Từ chối");
        var decided = bot.MemberOf(Alice)!;

        bot.Press(SecondOrganizer, "Duyệt");

        Assert.Equal(decided, bot.MemberOf(Alice));
        Assert.Equal(MemberStatus.Rejected, decided.Status);
        Assert.Equal([Texts.AlreadyDecided.Vi(Registering.Name, "bị từ chối")], bot.TextsTo(SecondOrganizer));
    }

    [Fact]
    public void Every_organizer_gets_the_card_in_their_own_language()
    {
        bot.Command(SecondOrganizer, "/lang en");
        Registering.Complete(bot, Bob, "Trần Văn Bình");

        var card = Assert.IsType<TextOut>(bot.Replies(SecondOrganizer)[^1]);
        Assert.Equal(Texts.ApprovalRequest.En("Trần Văn Bình", Registering.UnitName, Registering.Position), card.Text.Value);
        Assert.Equal(["Approve", "Reject"], card.AllButtons().Select(b => b.Label));
        Assert.Equal(["Duyệt", "Từ chối"], bot.LastWithButtons(Organizer)!.AllButtons().Select(b => b.Label));
    }

    [Theory]
    [InlineData("appr:yes:tg:101")]
    [InlineData("appr:no:tg:101")]
    public void A_forged_approval_by_a_non_organizer_is_not_allowed_and_changes_nothing(string data)
    {
        Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình");
        var turns = bot.Turns.Count;

        bot.PressData(Bob, data);

        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);
        var replies = bot.Replies(Bob);
        Assert.Equal(new ButtonAck("cb", Texts.NotAllowed.Plain(Lang.Vi)), replies[0]);
        Assert.Equal([Texts.NotAllowed.Vi()], replies.Texts());
        var (_, changes) = Assert.Single(bot.Turns.Skip(turns));
        Assert.Empty(changes.Signals);
        Assert.Empty(changes.Audit);
        Assert.Empty(bot.TextsTo(Alice));
    }

    [Theory]
    [InlineData("appr:yes:nocolon")]
    [InlineData("appr:yes:")]
    [InlineData("appr:maybe:tg:101")]
    [InlineData("appr:yes")]
    [InlineData("appr")]
    public void Forged_approval_data_that_does_not_parse_is_no_longer_valid(string data)
    {
        var turns = bot.Turns.Count;

        bot.PressData(Organizer, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        var (_, changes) = Assert.Single(bot.Turns.Skip(turns));
        Assert.Empty(changes.Signals);
        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);
    }

    [Fact]
    public void Approving_someone_who_erased_their_data_says_the_registration_no_longer_exists()
    {
        bot.Command(Alice, "/xoadulieu");
        bot.Press(Alice, "erase:yes");
        bot.Replies(Alice);

        bot.Press(Organizer, "Duyệt");

        Assert.Null(bot.MemberOf(Alice));
        Assert.Equal([Texts.RegistrationGone.Vi()], bot.TextsTo(Organizer));
        Assert.Empty(bot.TextsTo(Alice));
        Assert.DoesNotContain(bot.Audit, a => a.Action == "member.approved");
    }

    [Fact]
    public void Pending_list_shows_every_waiting_registration_oldest_first_to_an_organizer()
    {
        bot.Now = bot.Now.AddMinutes(5);
        Registering.Complete(bot, Bob, "Trần Văn Bình");
        Registering.Seed(bot, Carol, MemberStatus.Approved, "Lê Thị Cúc");
        bot.Replies(Organizer);

        bot.Command(Organizer, "/choduyet");

        var replies = bot.Replies(Organizer).Cast<TextOut>().ToList();
        Assert.Equal(
            [
                Texts.PendingHeader.Vi(2),
                Texts.ApprovalRequest.Vi(Registering.Name, Registering.UnitName, Registering.Position),
                Texts.ApprovalRequest.Vi("Trần Văn Bình", Registering.UnitName, Registering.Position),
            ],
            replies.Select(r => r.Text.Value));
        Assert.Equal($"appr:yes:tg:102#{ApprovalRequests.Stamp(bot.MemberOf(Bob)!)}", replies[2].Buttons[0][0].Data);
    }

    [Fact]
    public void Pending_list_says_so_when_nobody_is_waiting()
    {
        bot.Press(Organizer, "Duyệt");
        bot.Replies(Organizer);

        bot.Command(Organizer, "/choduyet");

        Assert.Equal([Texts.NoPending.Vi()], bot.TextsTo(Organizer));
    }

    [Fact]
    public void Pending_list_is_not_shown_to_a_non_organizer()
    {
        Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình");

        bot.Command(Bob, "/choduyet");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Bob));
    }
}
