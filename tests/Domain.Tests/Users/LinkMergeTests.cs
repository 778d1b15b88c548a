using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>After a link: one profile, one answer per meeting, comments moved; the kept profile may hold a role, the one given up never does.</summary>
public sealed class LinkMergeTests : LinkingTestsBase
{
    // ---- Merging ----

    [Fact]
    public void Linking_a_new_channel_stores_the_link_tells_that_channel_and_audits_it()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;
        Bot.Replies(OnTelegram);

        Bot.Command(OnZalo, $"/lienket {code}");

        var join = Assert.IsType<TextOut>(Assert.Single(Bot.Replies(OnZalo)));
        Assert.Equal(Texts.LinkJoinQuestion.For(Lang.Vi, Registering.Name, Registering.UnitName).Value, join.Text.Value);
        Assert.Equal([$"link:join:{code}", $"link:stop:{code}"], join.Buttons.SelectMany(r => r).Select(b => b.Data));
        Assert.Empty(Bot.Replies(OnTelegram));

        Bot.PressData(OnZalo, $"link:join:{code}");

        Assert.Null(Bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.Equal([Texts.LinkAsked.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        var question = Assert.IsType<TextOut>(Assert.Single(Bot.Replies(OnTelegram)));
        Assert.Equal(Texts.LinkConfirm.For(Lang.Vi, "Zalo").Value, question.Text.Value);
        Assert.Equal([$"link:ok:{code}", $"link:no:{code}"], question.Buttons.SelectMany(r => r).Select(b => b.Data));

        Bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.Equal(new IdentityLink(OnZalo.ToString(), OnTelegram.ToString(), Bot.Now), Bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.Equal(new PreferredChannel(OnTelegram.ToString(), OnZalo.ToString(), false), Bot.Store.Find<PreferredChannel>(OnTelegram.ToString()));
        Assert.Empty(Bot.Store.All<LinkCode>());
        Assert.Equal([Texts.LinkDone.For(Lang.Vi, "Zalo", Registering.Name).Value], Bot.TextsTo(OnZalo));
        Assert.Equal([Texts.LinkConfirmed.For(Lang.Vi, "Zalo").Value], Bot.TextsTo(OnTelegram));
        var audit = Bot.Audit[^1];
        Assert.Equal(("identity.linked", OnTelegram, OnTelegram.ToString(), OnZalo.ToString()), (audit.Action, audit.By, audit.Subject, audit.Details));
        Assert.Null(Bot.SessionOf(OnZalo));
    }

    [Fact]
    public void After_linking_the_profile_on_the_new_channel_is_the_members_profile()
    {
        LinkedPair();

        Bot.Command(OnZalo, "/hoso");

        Assert.Equal([ProfileOf()], Bot.TextsTo(OnZalo));
        Assert.Null(Bot.MemberOf(OnZalo));
    }

    [Fact]
    public void An_answer_only_the_other_channel_gave_moves_to_the_person_and_its_profile_goes()
    {
        Meetings.Put(Bot);
        var person = Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, OnZalo, MemberStatus.Approved, OtherName);
        var theirs = Meetings.Answer(Bot, OnZalo, RsvpAnswer.Attending);
        Bot.Now = Bot.Now.AddMinutes(5);

        Link(Bot, OnTelegram, OnZalo);

        Assert.Null(Bot.MemberOf(OnZalo));
        Assert.Equal(person, Bot.MemberOf(OnTelegram));
        var answer = Assert.Single(Bot.Store.All<Rsvp>());
        Assert.Equal(Rsvp.IdFor(Meetings.Id, OnTelegram.ToString()), answer.Id);
        Assert.Equal((OnTelegram.ToString(), RsvpAnswer.Attending, theirs.AnsweredAt), (answer.MemberId, answer.Answer, answer.AnsweredAt));
        Assert.Equal(theirs.History, answer.History);
        Assert.Null(Meetings.RsvpOf(Bot, OnZalo));
    }

    [Fact]
    public void When_both_answered_and_the_other_channel_answered_later_its_answer_wins_with_both_histories()
    {
        Meetings.Put(Bot);
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, OnZalo, MemberStatus.Approved, OtherName);
        var mine = Meetings.Answer(Bot, OnTelegram, RsvpAnswer.Attending);
        Bot.Now = Bot.Now.AddHours(1);
        var theirs = Meetings.Answer(Bot, OnZalo, RsvpAnswer.Declined, reason: "Bận công tác");
        Bot.Now = Bot.Now.AddMinutes(5);

        Link(Bot, OnTelegram, OnZalo);

        var answer = Assert.Single(Bot.Store.All<Rsvp>());
        Assert.Equal(OnTelegram.ToString(), answer.MemberId);
        Assert.Equal((RsvpAnswer.Declined, "Bận công tác", theirs.AnsweredAt), (answer.Answer, answer.Reason, answer.AnsweredAt));
        Assert.Equal([.. mine.History, .. theirs.History], answer.History);
    }

    [Fact]
    public void When_both_answered_and_the_person_answered_later_their_answer_stays_with_both_histories()
    {
        Meetings.Put(Bot);
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, OnZalo, MemberStatus.Approved, OtherName);
        var theirs = Meetings.Answer(Bot, OnZalo, RsvpAnswer.Declined, reason: "Bận công tác");
        Bot.Now = Bot.Now.AddHours(1);
        var mine = Meetings.Answer(Bot, OnTelegram, RsvpAnswer.Attending);
        Bot.Now = Bot.Now.AddMinutes(5);

        Link(Bot, OnTelegram, OnZalo);

        var answer = Assert.Single(Bot.Store.All<Rsvp>());
        Assert.Equal(OnTelegram.ToString(), answer.MemberId);
        Assert.Equal((RsvpAnswer.Attending, (string?)null, mine.AnsweredAt), (answer.Answer, answer.Reason, answer.AnsweredAt));
        Assert.Equal([.. theirs.History, .. mine.History], answer.History);
    }

    [Fact]
    public void A_comment_of_the_other_channel_moves_to_the_person()
    {
        Meetings.Put(Bot);
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, OnZalo, MemberStatus.Approved, OtherName);
        var comment = new Comment
        {
            Id = "c0ffee0002",
            MeetingId = Meetings.Id,
            MemberId = OnZalo.ToString(),
            UnitCode = Registering.UnitCode,
            Text = "Ý kiến gửi từ Zalo",
            SubmittedAt = Bot.Now,
        };
        Bot.Store.Put(comment);

        Link(Bot, OnTelegram, OnZalo);

        Assert.Equal(comment with { MemberId = OnTelegram.ToString() }, Assert.Single(Bot.Store.All<Comment>()));
    }

    [Fact]
    public void The_kept_profile_keeps_its_role_when_a_plain_channel_joins_it()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, OnZalo, MemberStatus.Approved, OtherName);
        Bot.Store.Put(new RoleGrant(OnTelegram.ToString(), Role.Organizer, Organizer.ToString(), Bot.Now));

        Link(Bot, OnTelegram, OnZalo);

        Assert.Equal(OnTelegram.ToString(), Bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Equal(Role.Organizer, Access.RoleOf(Bot.Store, Bot.Settings, OnTelegram));
        Assert.Equal(OnTelegram.ToString(), Assert.Single(Bot.Store.All<RoleGrant>()).Id);
    }
}
