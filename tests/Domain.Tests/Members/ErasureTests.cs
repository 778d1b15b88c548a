using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Members;

/// <summary>/xoadulieu: after a confirmation everything personal is deleted; the audit keeps only that it happened.</summary>
public sealed class ErasureTests
{
    private readonly ConversationDriver bot = new();

    [Fact]
    public void Erasure_asks_for_confirmation_first()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.Command(Alice, "/xoadulieu");

        var ask = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Texts.EraseConfirm.Vi(Profile.Team(Lang.Vi)), ask.Text.Value);
        Assert.Equal([new Button(Texts.EraseYes.Vi, "erase:yes"), new Button("Không xóa", "erase:no")], ask.AllButtons());
        Assert.NotNull(bot.MemberOf(Alice));
    }

    [Fact]
    public void Confirmed_erasure_deletes_the_member_and_their_role_and_audits_no_personal_data()
    {
        var member = Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(ConversationDriver.Organizer, "mem:role:c:tg:101");
        Assert.NotNull(bot.Store.Find<RoleGrant>(Alice.ToString()));
        bot.Command(Alice, "/xoadulieu");
        bot.Replies(Alice);

        bot.Press(Alice, Texts.EraseYes.Vi);

        Assert.Null(bot.MemberOf(Alice));
        Assert.Null(bot.Store.Find<RoleGrant>(Alice.ToString()));
        var reply = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice).OfType<TextOut>()));
        Assert.Equal(Texts.Erased.Vi(), reply.Text.Value);
        Assert.True(reply.RemoveKeyboard);
        var audit = bot.Audit[^1];
        Assert.Equal(("member.erased", PersonalDataEraser.Nobody, null), (audit.Action, audit.By, audit.Subject));
        var written = $"{audit.Subject} {audit.Details}";
        Assert.DoesNotContain(member.FullName, written, StringComparison.Ordinal);
        Assert.DoesNotContain(member.Phone[3..], written, StringComparison.Ordinal);
        Assert.DoesNotContain(member.Position, written, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeping_the_data_leaves_everything_as_it_was()
    {
        var member = Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.Command(Alice, "/xoadulieu");
        bot.Replies(Alice);

        bot.Press(Alice, "Không xóa");

        Assert.Equal(member, bot.MemberOf(Alice));
        Assert.Equal([Texts.EraseKept.Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void Erasure_in_the_middle_of_registration_drops_the_unsaved_answers()
    {
        Registering.ToStep(bot, Alice, "Review");

        bot.Command(Alice, "/xoadulieu");
        bot.Press(Alice, "erase:yes");

        Assert.Null(bot.SessionOf(Alice));
        Assert.Null(bot.MemberOf(Alice));
        Assert.Equal("member.erased", bot.Audit[^1].Action);
    }

    [Fact]
    public void Erasure_by_someone_the_bot_knows_nothing_about_says_so()
    {
        bot.Command(Alice, "/xoadulieu");

        Assert.Equal([Texts.NothingToErase.Vi()], bot.TextsTo(Alice));
        bot.PressData(Alice, "erase:yes");
        Assert.Equal([Texts.NothingToErase.Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void After_erasure_the_person_can_register_again()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.Command(Alice, "/xoadulieu");
        bot.Press(Alice, "erase:yes");
        bot.Replies(Alice);

        bot.Command(Alice, "/start");

        Assert.EndsWith(Profile.Consent(Lang.Vi), bot.TextsTo(Alice)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Confirmed_erasure_also_deletes_the_members_meeting_answers_and_discussion_comments()
    {
        var meetings = Meetings.Driver();
        Meetings.Put(meetings);
        Registering.Seed(meetings, Alice, MemberStatus.Approved);
        Registering.Seed(meetings, Bob, MemberStatus.Approved);
        meetings.PressData(Alice, $"rsvp:yes:{Meetings.Id}");
        meetings.PressData(Bob, $"rsvp:yes:{Meetings.Id}");
        meetings.Store.Put(new Domain.Discussion.Comment
        {
            Id = "c0ffee0001",
            MeetingId = Meetings.Id,
            MemberId = Alice.ToString(),
            UnitCode = "P05",
            Text = "Ý kiến của tôi",
        });
        meetings.Command(Alice, "/xoadulieu");

        meetings.PressData(Alice, "erase:yes");

        Assert.DoesNotContain(meetings.Store.All<Domain.Events.Rsvp>(), r => r.MemberId == Alice.ToString());
        Assert.Single(meetings.Store.All<Domain.Events.Rsvp>(), r => r.MemberId == Bob.ToString());
        Assert.Empty(meetings.Store.All<Domain.Discussion.Comment>());
    }
}
