using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Notices;

/// <summary>Only organizers compose, stop or list notices; forged and stale buttons change nothing.</summary>
public sealed class BroadcastPermissionTests
{
    private static readonly UserKey Boss = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public BroadcastPermissionTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị An", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Bình", "P02", "+84901000002");
    }

    [Theory]
    [InlineData("/thongbao")]
    [InlineData("/broadcast")]
    public void A_member_typing_the_compose_command_is_not_allowed(string command)
    {
        bot.Command(Alice, command);

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_pending_member_granted_the_organizer_role_may_not_compose_yet()
    {
        AddMember(bot, Carol, "Lê Thị Cúc", "P03", "+84901000003", MemberStatus.Pending);
        bot.Store.Put(new RoleGrant(Carol.ToString(), Role.Organizer, Boss.ToString(), bot.Now));

        bot.Command(Carol, "/thongbao");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Carol));
        Assert.Null(bot.SessionOf(Carol)!.Flow);
    }

    [Fact]
    public void An_approved_member_granted_the_organizer_role_composes_and_sends()
    {
        bot.Store.Put(new RoleGrant(Bob.ToString(), Role.Organizer, Boss.ToString(), bot.Now));

        var notice = Send(bot, Bob);

        Assert.Equal(Bob.ToString(), notice.CreatedBy);
        Assert.Equal("tb250301-090000-t102", notice.Id);
        Assert.Equal([Alice, Bob], bot.Tagged(notice.Tag).Select(d => d.To).OrderBy(k => k.ToString(), StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("bc:send")]
    [InlineData("bc:all")]
    [InlineData("bc:pending")]
    [InlineData("bc:edtext")]
    [InlineData("bc:cancel")]
    [InlineData("bc:b:")]
    public void A_member_in_no_flow_pressing_forged_compose_buttons_is_refused_and_nothing_is_sent(string data)
    {
        bot.PressData(Alice, data);

        var said = Assert.Single(bot.TextsTo(Alice));
        Assert.True(said == Texts.NotAllowed.Vi() || said == Texts.ButtonExpired.Vi(), said);
        Assert.Empty(bot.Store.All<Notice>());
        Assert.DoesNotContain(bot.Deliveries(), d => d.Priority == Priority.Bulk || d.Tag is not null);
        Assert.Empty(bot.Audit);
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_member_pressing_a_forged_send_while_an_organizer_is_at_the_preview_sends_nothing()
    {
        ToPreview(bot, Boss);

        bot.PressData(Alice, "bc:send");

        Assert.Empty(bot.Store.All<Notice>());
        Assert.DoesNotContain(bot.Deliveries(), d => d.Priority == Priority.Bulk);
        Assert.Equal("Preview", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void A_member_answering_a_meeting_who_presses_a_forged_send_keeps_the_answer_in_progress()
    {
        bot.PressData(Alice, $"rsvp:no:{Id}");
        bot.Replies(Alice);

        bot.PressData(Alice, "bc:send");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal((RsvpFlow.FlowName, "Reason"), (bot.SessionOf(Alice)!.Flow, bot.SessionOf(Alice)!.State));
        Assert.Empty(bot.Store.All<Notice>());
    }

    [Fact]
    public void An_organizer_whose_role_is_withdrawn_while_composing_cannot_send_and_leaves_the_flow()
    {
        bot.Store.Put(new RoleGrant(Bob.ToString(), Role.Organizer, Boss.ToString(), bot.Now));
        ToPreview(bot, Bob);
        bot.Store.Put(new RoleGrant(Bob.ToString(), Role.Member, Boss.ToString(), bot.Now));
        bot.Replies(Bob);

        bot.Press(Bob, "bc:send");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Bob));
        Assert.Empty(bot.Store.All<Notice>());
        Assert.DoesNotContain(bot.Deliveries(), d => d.Priority == Priority.Bulk);
        Assert.Null(bot.SessionOf(Bob)!.Flow);
    }

    [Fact]
    public void A_member_pressing_a_forged_stop_is_not_allowed_and_the_notice_goes_on()
    {
        var notice = Send(bot, Boss);
        var audited = bot.Audit.Count;
        bot.Replies(Alice);

        bot.PressData(Alice, $"nt:stop:{notice.Id}");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        Assert.Equal(NoticeStatus.Sending, bot.NoticeOf(notice.Id)!.Status);
        Assert.Empty(bot.Turns[^1].Changes.CancelledTags);
        Assert.Empty(bot.Turns[^1].Changes.Upserts.OfType<Notice>());
        Assert.Equal(audited, bot.Audit.Count);
    }

    [Theory]
    [InlineData("/huythongbao")]
    [InlineData("/stopnotice")]
    [InlineData("/lichsu")]
    [InlineData("/notices")]
    public void A_member_may_not_list_or_stop_notices(string command)
    {
        var notice = Send(bot, Boss);
        bot.Replies(Alice);

        bot.Command(Alice, command);

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        Assert.Equal(NoticeStatus.Sending, bot.NoticeOf(notice.Id)!.Status);
    }

    [Fact]
    public void A_send_button_from_a_finished_compose_is_no_longer_valid_and_sends_nothing_again()
    {
        var notice = Send(bot, Boss);
        var before = bot.Deliveries().Count(d => d.Priority == Priority.Bulk);
        bot.Replies(Boss);

        bot.PressData(Boss, "bc:send");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Equal(before, bot.Deliveries().Count(d => d.Priority == Priority.Bulk));
        Assert.Single(bot.Store.All<Notice>());
        Assert.Equal(NoticeStatus.Sending, bot.NoticeOf(notice.Id)!.Status);
    }

    [Theory]
    [InlineData("bc:all")]
    [InlineData("bc:edtext")]
    [InlineData("bc:u:P01")]
    [InlineData("bc:cancel")]
    public void Any_compose_button_after_the_compose_was_cancelled_is_no_longer_valid(string data)
    {
        ToPreview(bot, Boss);
        bot.Press(Boss, "bc:cancel");
        bot.Replies(Boss);

        bot.PressData(Boss, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Null(bot.SessionOf(Boss)!.Flow);
        Assert.Empty(bot.Store.All<Notice>());
    }

    [Fact]
    public void A_stale_send_button_pressed_while_a_new_compose_waits_for_its_text_sends_nothing()
    {
        Send(bot, Boss);
        bot.Command(Boss, "/thongbao");
        bot.Replies(Boss);

        bot.PressData(Boss, "bc:send");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Single(bot.Store.All<Notice>());
        Assert.Equal("Text", bot.SessionOf(Boss)!.State);
    }

    [Theory]
    [InlineData("bc:g:Ward")]
    [InlineData("bc:a:Attending")]
    [InlineData($"bc:m:{Id}")]
    [InlineData("bc:udone")]
    [InlineData("bc:edaud")]
    [InlineData("bc:b:")]
    [InlineData("bc:nonsense")]
    public void A_compose_button_of_another_step_is_no_longer_valid_and_the_step_stays(string data)
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Replies(Boss);

        bot.PressData(Boss, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Equal("Audience", bot.SessionOf(Boss)!.State);
        Assert.Null(bot.SessionOf(Boss)!.Get("audience"));
    }

    [Fact]
    public void A_button_of_an_unknown_meeting_is_no_longer_valid()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Press(Boss, "bc:all");
        bot.Replies(Boss);

        bot.PressData(Boss, "bc:b:no-such-meeting");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Equal("Buttons", bot.SessionOf(Boss)!.State);
    }
}
