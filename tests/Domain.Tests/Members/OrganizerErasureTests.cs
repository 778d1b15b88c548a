using System.Text.Json;
using Domain.CheckIn;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Members;

/// <summary>
/// An organizer who is also a registered member erases their data. What they did for others stays
/// (a decision, a role granted, a review, an opened door), without their id; what they started and
/// others finish later tells nobody; and nothing that runs later recreates a record of them.
/// </summary>
public sealed class OrganizerErasureTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Meetings.Driver();

    public OrganizerErasureTests() => Registering.Seed(bot, Organizer, MemberStatus.Approved, "Phạm Tổ Chức");

    private void Erase(UserKey who)
    {
        bot.Command(who, "/xoadulieu");
        bot.Press(who, Texts.EraseYes.Vi);
        Assert.Null(bot.MemberOf(who));
    }

    [Fact]
    public void A_merge_the_organizer_proposed_lapses_with_them_and_tells_them_nothing()
    {
        var kept = Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        bot.Store.Put(kept with { PhoneVerified = true });
        Registering.Seed(bot, OnZalo, MemberStatus.Approved);
        bot.PressData(Organizer, $"mem:into:{OnZalo}|{OnTelegram}");
        var join = Assert.Single(bot.LastWithButtons(OnZalo)!.Buttons.SelectMany(r => r), b => b.Data.StartsWith("link:join:", StringComparison.Ordinal));
        Erase(Organizer);
        var erasedAt = bot.Turns.Count;

        bot.PressData(OnZalo, join.Data);
        bot.PressData(OnTelegram, join.Data.Replace("join", "ok", StringComparison.Ordinal));
        bot.PressData(OnZalo, join.Data.Replace("join", "stop", StringComparison.Ordinal));

        Assert.DoesNotContain(bot.Turns.Skip(erasedAt).SelectMany(t => t.Changes.Deliveries), d => d.To == Organizer);
        Assert.Empty(bot.Store.All<LinkCode>());
        Assert.Null(bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.NotNull(bot.MemberOf(OnZalo));
    }

    [Fact]
    public void What_the_organizer_decided_for_others_stays_without_their_id()
    {
        var other = People.Bob;
        var member = Registering.Seed(bot, other, MemberStatus.Approved) with { DecidedBy = Organizer.ToString(), DecidedAt = bot.Now };
        bot.Store.Put(member);
        bot.Store.Put(new RoleGrant(other.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));
        bot.Store.Put(new Comment
        {
            Id = "c0ffee0001",
            MeetingId = Meetings.Id,
            MemberId = other.ToString(),
            UnitCode = Registering.UnitCode,
            Text = "Ý kiến về công tác tuyên truyền",
            Status = CommentStatus.Seen,
            ReviewedBy = Organizer.ToString(),
            ReviewedAt = bot.Now,
        });
        bot.Store.Put(new CheckInDesk { Id = Meetings.Id, LinkHash = "l", CodeHash = "c", OpenedAt = bot.Now, OpenedBy = Organizer.ToString() });

        Erase(Organizer);

        foreach (var record in ErasureReach.AllRecords(bot.Store))
        {
            Assert.DoesNotContain(Organizer.ToString(), JsonSerializer.Serialize(record, record.GetType()), StringComparison.Ordinal);
        }

        Assert.Equal(MemberStatus.Approved, bot.MemberOf(other)!.Status);
        Assert.Equal(Role.Coordinator, bot.Store.Find<RoleGrant>(other.ToString())!.Role);
        Assert.Equal(CommentStatus.Seen, bot.Store.Find<Comment>("c0ffee0001")!.Status);
        Assert.NotNull(bot.Store.Find<CheckInDesk>(Meetings.Id));
    }

    [Fact]
    public void An_approval_pressed_on_the_card_of_a_registration_erased_since_stores_nothing_of_it()
    {
        Registering.Complete(bot, People.Alice);
        var approve = bot.LastWithButtons(Organizer)!.Buttons[0][0].Data;
        Erase(People.Alice);

        bot.PressData(Organizer, approve);

        Assert.Equal(Texts.RegistrationGone.Vi(), bot.TextsTo(Organizer)[^1]);
        // The signal ran in the erased person's queue: the session it began there is not kept.
        Assert.Null(bot.SessionOf(People.Alice));
        Assert.Null(bot.MemberOf(People.Alice));
    }
}
