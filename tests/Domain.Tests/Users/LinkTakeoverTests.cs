using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>
/// "Please type /lienket 482913 for me": a code typed by someone other than its owner never hands
/// that someone's account, or its role, to the owner. The typer sees whose profile they would
/// join and must agree; the owner confirms after; a profile with a role is never folded in.
/// </summary>
public sealed class LinkTakeoverTests
{
    private static readonly UserKey OrganizerOnTelegram = new("telegram", "9100");

    private readonly ConversationDriver bot = new(Meetings.Settings(OrganizerOnTelegram));

    public LinkTakeoverTests()
    {
        // The member who asks for help, registered on Zalo.
        Registering.Seed(bot, OnZalo, MemberStatus.Approved);
    }

    [Fact]
    public void The_code_owner_is_told_never_to_ask_anyone_else_to_type_it()
    {
        var code = IssueCode(bot, OnZalo)!;

        Assert.Contains(Texts.LinkCodeIssued.For(Lang.Vi, code, 10).Value, bot.TextsTo(OnZalo));
        Assert.Contains("Không bao giờ nhờ người khác nhập mã này", Texts.LinkCodeIssued.Plain(Lang.Vi), StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_organizer_who_types_a_members_code_is_refused_and_keeps_their_account()
    {
        Registering.Seed(bot, OrganizerOnTelegram, MemberStatus.Approved, "Lê Văn Tổ Chức");
        var code = IssueCode(bot, OnZalo)!;
        bot.Replies(OnZalo);

        bot.Command(OrganizerOnTelegram, $"/lienket {code}");
        bot.PressData(OrganizerOnTelegram, $"link:join:{code}");
        bot.PressData(OnZalo, $"link:ok:{code}");

        Assert.Contains(Texts.LinkRoleHeld.For(Lang.Vi, MemberTexts.RoleName(Lang.Vi, Role.Organizer)).Value, bot.TextsTo(OrganizerOnTelegram));
        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.NotNull(bot.MemberOf(OrganizerOnTelegram));
        Assert.Equal(Role.Organizer, Access.RoleOf(bot.Store, bot.Settings, OrganizerOnTelegram));
        Assert.Equal(Role.Member, Access.RoleOf(bot.Store, bot.Settings, OnZalo));
        Assert.DoesNotContain(bot.AllSentTo(OnZalo).OfType<TextOut>(), t => t.Buttons.SelectMany(r => r).Any(b => b.Data == $"link:ok:{code}"));
    }

    [Fact]
    public void A_configured_organizer_without_a_profile_is_refused_too()
    {
        var code = IssueCode(bot, OnZalo)!;

        Type(bot, OrganizerOnTelegram, code);

        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Equal(OrganizerOnTelegram, Identities.PersonOf(bot.Store, OrganizerOnTelegram));
    }

    [Fact]
    public void A_coordinator_who_types_a_code_is_refused()
    {
        var coordinator = new UserKey("telegram", "777");
        Registering.Seed(bot, coordinator, MemberStatus.Approved, "Phạm Thị Điều Phối");
        bot.Store.Put(new RoleGrant(coordinator.ToString(), Role.Coordinator, OrganizerOnTelegram.ToString(), bot.Now));
        var code = IssueCode(bot, OnZalo)!;

        Type(bot, coordinator, code);
        bot.PressData(OnZalo, $"link:ok:{code}");

        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Equal(Role.Coordinator, Access.RoleOf(bot.Store, bot.Settings, coordinator));
    }

    [Fact]
    public void The_typer_sees_whose_profile_they_would_join_and_nothing_happens_until_they_agree()
    {
        var code = IssueCode(bot, OnZalo)!;
        bot.Replies(OnZalo);

        bot.Command(OnTelegram, $"/lienket {code}");

        Assert.Equal([Texts.LinkJoinQuestion.For(Lang.Vi, Registering.Name, Registering.UnitName).Value], bot.TextsTo(OnTelegram));
        Assert.Contains("Tài khoản này sẽ dùng chung hồ sơ của Nguyễn Thị Hoa – Phường 5. Chỉ đồng ý nếu đó là chính Anh/Chị.", Texts.LinkJoinQuestion.For(Lang.Vi, Registering.Name, Registering.UnitName).Value, StringComparison.Ordinal);
        Assert.Empty(bot.Replies(OnZalo));
        Assert.Empty(bot.Turns[^1].Changes.Signals);

        // The owner cannot confirm a typer who has not agreed.
        bot.PressData(OnZalo, $"link:ok:{code}");
        Assert.Empty(bot.Store.All<IdentityLink>());

        bot.PressData(OnTelegram, $"link:stop:{code}");
        Assert.Equal([Texts.LinkJoinStopped.For(Lang.Vi).Value], bot.TextsTo(OnTelegram));
        Assert.Empty(bot.Store.All<IdentityLink>());
    }

    [Fact]
    public void After_the_typer_agrees_the_owner_still_decides()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved, "Trần Văn Bình");
        var code = IssueCode(bot, OnZalo)!;
        bot.Replies(OnZalo);

        Type(bot, OnTelegram, code);

        var question = Assert.IsType<TextOut>(Assert.Single(bot.Replies(OnZalo)));
        Assert.Contains(Texts.LinkConfirmProfile.For(Lang.Vi, "Trần Văn Bình", Registering.UnitName).Value, question.Text.Value, StringComparison.Ordinal);
        bot.PressData(OnZalo, $"link:no:{code}");

        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.NotNull(bot.MemberOf(OnTelegram));
    }

    [Fact]
    public void A_role_granted_between_the_two_agreements_still_stops_the_merge()
    {
        var member = new UserKey("telegram", "778");
        Registering.Seed(bot, member, MemberStatus.Approved, "Võ Văn Cường");
        var code = IssueCode(bot, OnZalo)!;
        Type(bot, member, code);
        bot.Store.Put(new RoleGrant(member.ToString(), Role.Organizer, OrganizerOnTelegram.ToString(), bot.Now));

        bot.PressData(OnZalo, $"link:ok:{code}");

        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.NotNull(bot.MemberOf(member));
        Assert.Contains(Texts.MergeRoleHeld.For(Lang.Vi, "Võ Văn Cường", MemberTexts.RoleName(Lang.Vi, Role.Organizer)).Value, bot.TextsTo(OnZalo));
    }

    [Fact]
    public void A_guessed_code_pressed_as_a_join_button_counts_as_a_wrong_try_and_five_block_the_identity()
    {
        var code = IssueCode(bot, OnZalo)!;
        for (var i = 1; i <= 5; i++)
        {
            bot.PressData(OtherZalo, $"link:join:{WrongCode(code, i)}");
        }

        Assert.Equal(5, bot.Store.Find<LinkAttempts>(OtherZalo.ToString())?.Failures);
        bot.Replies(OtherZalo);

        bot.PressData(OtherZalo, $"link:join:{code}");

        Assert.Equal([Texts.LinkTooManyTries.For(Lang.Vi).Value], bot.TextsTo(OtherZalo));
        Assert.Empty(bot.Turns[^1].Changes.Signals);
    }

    [Fact]
    public void A_stale_join_button_of_a_used_code_links_nothing()
    {
        var code = IssueCode(bot, OnZalo)!;
        Link(bot, OnZalo, OnTelegram);
        Assert.Single(bot.Store.All<IdentityLink>());

        bot.PressData(OtherZalo, $"link:join:{code}");
        bot.PressData(OnZalo, $"link:ok:{code}");

        Assert.Null(bot.Store.Find<IdentityLink>(OtherZalo.ToString()));
    }

    [Fact]
    public void A_plain_member_cannot_confirm_or_refuse_someone_elses_code()
    {
        Registering.Seed(bot, People.Alice, MemberStatus.Approved, "Lý Thị Mai");
        var code = IssueCode(bot, OnZalo)!;
        Type(bot, OnTelegram, code);

        bot.PressData(People.Alice, $"link:ok:{code}");
        bot.PressData(People.Alice, $"link:no:{code}");
        bot.PressData(People.Alice, $"link:stop:{code}");

        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<LinkCode>(code)?.Claimant);
        bot.PressData(OnZalo, $"link:ok:{code}");
        Assert.Equal(OnZalo.ToString(), bot.Store.Find<IdentityLink>(OnTelegram.ToString())?.Person);
    }
}
