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

/// <summary>/lienket: issuing a code on one channel and typing it on the other; wrong, expired and reused codes.</summary>
public sealed class LinkCodeTests : LinkingTestsBase
{
    // ---- Issuing a code ----

    [Fact]
    public void Only_a_member_gets_a_code_and_a_stranger_is_told_to_link_from_the_registered_channel()
    {
        var code = IssueCode(Bot, OnZalo);

        Assert.Null(code);
        Assert.Equal([Texts.LinkNeedsMember.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Store.All<LinkCode>());
    }

    [Fact]
    public void A_member_gets_a_six_digit_code_valid_for_ten_minutes_shown_in_the_reply()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);

        var code = IssueCode(Bot, OnTelegram);

        Assert.NotNull(code);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal([Texts.LinkCodeIssued.For(Lang.Vi, code, 10).Value], Bot.TextsTo(OnTelegram));
        var stored = Assert.Single(Bot.Store.All<LinkCode>());
        Assert.Equal(new LinkCode(code, OnTelegram.ToString(), Bot.Now + IdentityLinking.CodeLifetime), stored);
        Assert.Equal(TimeSpan.FromMinutes(10), IdentityLinking.CodeLifetime);
    }

    [Fact]
    public void A_new_code_replaces_the_old_one()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var first = IssueCode(Bot, OnTelegram)!;
        Bot.Now = Bot.Now.AddMinutes(1);

        var second = IssueCode(Bot, OnTelegram)!;

        var stored = Assert.Single(Bot.Store.All<LinkCode>());
        Assert.Equal(second, stored.Id);
        Assert.NotEqual(first, second);
        Type(Bot, OnZalo, first);
        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Null(Bot.Store.Find<IdentityLink>(OnZalo.ToString()));

        Type(Bot, OnZalo, second);
        Bot.PressData(OnTelegram, $"link:ok:{second}");
        Assert.NotNull(Bot.Store.Find<IdentityLink>(OnZalo.ToString()));
    }

    // ---- Using a code ----

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("abcdef")]
    public void A_code_that_is_not_six_digits_is_explained_and_not_counted_as_a_wrong_try(string typed)
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        IssueCode(Bot, OnTelegram);

        Type(Bot, OnZalo, typed);

        Assert.Equal([Texts.LinkCodeFormat.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Null(Bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.Null(Bot.Store.Find<LinkAttempts>(OnZalo.ToString()));
    }

    [Fact]
    public void A_code_typed_with_spaces_inside_still_works()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;

        Type(Bot, OnZalo, $"{code[..3]} {code[3..]}");
        Bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.Equal(OnTelegram.ToString(), Bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
    }

    [Fact]
    public void An_unknown_code_is_refused_links_nothing_and_is_counted()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;

        Type(Bot, OnZalo, WrongCode(code));

        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Store.All<IdentityLink>());
        Assert.Empty(Bot.Turns[^1].Changes.Signals);
        Assert.Equal(1, Bot.Store.Find<LinkAttempts>(OnZalo.ToString())?.Failures);
        Assert.Single(Bot.Store.All<LinkCode>());
    }

    [Fact]
    public void An_expired_code_is_refused_and_links_nothing()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;
        Bot.Now = Bot.Now.AddMinutes(10).AddSeconds(1);

        Type(Bot, OnZalo, code);

        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Store.All<IdentityLink>());
        Assert.Empty(Bot.Turns[^1].Changes.Signals);
        Bot.Command(OnZalo, "/hoso");
        Assert.Equal([Texts.NotRegistered.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
    }

    [Fact]
    public void A_code_still_works_just_before_it_expires()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;
        Bot.Now = Bot.Now.AddMinutes(10).AddSeconds(-2);

        Type(Bot, OnZalo, code);
        Bot.Now = Bot.Now.AddSeconds(1);
        Bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.NotNull(Bot.Store.Find<IdentityLink>(OnZalo.ToString()));
    }

    [Fact]
    public void Five_wrong_codes_within_an_hour_block_even_the_right_code_until_the_hour_is_over()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var start = Bot.Now;
        var code = IssueCode(Bot, OnTelegram)!;
        for (var i = 1; i <= 5; i++)
        {
            Type(Bot, OnZalo, WrongCode(code, i));
            Bot.Now = Bot.Now.AddMinutes(1);
        }

        Assert.Equal(Enumerable.Repeat(Texts.LinkCodeUnknown.For(Lang.Vi).Value, 5), Bot.TextsTo(OnZalo));

        Type(Bot, OnZalo, code);

        Assert.Equal([Texts.LinkTooManyTries.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Store.All<IdentityLink>());
        Assert.Empty(Bot.Turns[^1].Changes.Signals);

        Bot.Now = start.AddMinutes(59);
        var fresh = IssueCode(Bot, OnTelegram)!;
        Type(Bot, OnZalo, fresh);
        Assert.Equal([Texts.LinkTooManyTries.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Store.All<IdentityLink>());

        Bot.Now = start.AddHours(1);
        var later = IssueCode(Bot, OnTelegram)!;
        Type(Bot, OnZalo, later);
        Bot.PressData(OnTelegram, $"link:ok:{later}");

        Assert.Equal(OnTelegram.ToString(), Bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
    }

    [Fact]
    public void Four_wrong_codes_do_not_block_the_right_one()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;
        for (var i = 1; i <= 4; i++)
        {
            Type(Bot, OnZalo, WrongCode(code, i));
        }

        Type(Bot, OnZalo, code);
        Bot.PressData(OnTelegram, $"link:ok:{code}");

        Assert.Equal(OnTelegram.ToString(), Bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Null(Bot.Store.Find<LinkAttempts>(OnZalo.ToString()));
    }

    [Fact]
    public void A_code_typed_on_the_channel_that_got_it_is_the_same_account()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;
        Bot.Replies(OnTelegram);

        Type(Bot, OnTelegram, code);

        Assert.Equal([Texts.LinkSameAccount.For(Lang.Vi).Value], Bot.TextsTo(OnTelegram));
        Assert.Empty(Bot.Store.All<IdentityLink>());
        Assert.Empty(Bot.Turns[^1].Changes.Signals);
    }

    [Fact]
    public void A_new_code_typed_on_an_already_linked_channel_is_the_same_account()
    {
        LinkedPair();
        var code = IssueCode(Bot, OnTelegram)!;

        Type(Bot, OnZalo, code);

        Assert.Equal([Texts.LinkSameAccount.For(Lang.Vi).Value], Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Turns[^1].Changes.Signals);
        Assert.Single(Bot.Store.All<IdentityLink>());
    }

    [Fact]
    public void A_code_works_only_once()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;
        Type(Bot, OnZalo, code);
        Bot.PressData(OnTelegram, $"link:ok:{code}");
        Assert.Empty(Bot.Store.All<LinkCode>());

        Type(Bot, OtherZalo, code);

        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], Bot.TextsTo(OtherZalo));
        Assert.Null(Bot.Store.Find<IdentityLink>(OtherZalo.ToString()));
        Assert.Single(Bot.Store.All<IdentityLink>());
    }

    [Fact]
    public void A_link_signal_whose_code_is_gone_or_someone_elses_links_nothing_and_tells_the_other_channel()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, People.Alice, MemberStatus.Approved, OtherName);
        var alicesCode = IssueCode(Bot, People.Alice)!;

        Bot.Deliver(new InboundEnvelope("sig:1", OnTelegram, new SignalIn(IdentityLinking.SignalName, OnZalo, $"{WrongCode(alicesCode)}|{OnZalo}"), Bot.Now));
        Bot.Deliver(new InboundEnvelope("sig:2", OnTelegram, new SignalIn(IdentityLinking.SignalName, OnZalo, $"{alicesCode}|{OnZalo}"), Bot.Now));

        Assert.Equal(Enumerable.Repeat(Texts.LinkFailed.For(Lang.Vi).Value, 2), Bot.TextsTo(OnZalo));
        Assert.Empty(Bot.Store.All<IdentityLink>());
        Assert.Equal(alicesCode, Assert.Single(Bot.Store.All<LinkCode>()).Id);
    }

    [Fact]
    public void The_member_can_refuse_a_channel_that_typed_their_code_and_the_code_is_then_gone()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        var code = IssueCode(Bot, OnTelegram)!;
        Type(Bot, OtherZalo, code);
        Bot.Replies(OtherZalo);

        Bot.PressData(OnTelegram, $"link:no:{code}");

        Assert.Empty(Bot.Store.All<IdentityLink>());
        Assert.Empty(Bot.Store.All<LinkCode>());
        Assert.Equal([Texts.LinkRefused.For(Lang.Vi).Value], Bot.TextsTo(OtherZalo));
        Type(Bot, OtherZalo, code);
        Assert.Equal([Texts.LinkCodeUnknown.For(Lang.Vi).Value], Bot.TextsTo(OtherZalo));
    }

    [Fact]
    public void Only_the_code_owner_can_confirm_and_a_second_claimant_cannot_take_the_first_ones_place()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(Bot, People.Alice, MemberStatus.Approved, OtherName);
        var code = IssueCode(Bot, OnTelegram)!;
        Type(Bot, OnZalo, code);
        Type(Bot, OtherZalo, code);
        Assert.Equal([Texts.LinkFailed.For(Lang.Vi).Value], Bot.TextsTo(OtherZalo).Skip(2));

        Bot.PressData(People.Alice, $"link:ok:{code}");
        Bot.PressData(OnZalo, $"link:ok:{code}");
        Assert.Empty(Bot.Store.All<IdentityLink>());

        Bot.PressData(OnTelegram, $"link:ok:{code}");
        Assert.Equal(OnTelegram.ToString(), Bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Null(Bot.Store.Find<IdentityLink>(OtherZalo.ToString()));
    }
}
