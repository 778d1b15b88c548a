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

/// <summary>
/// Who a notice reaches, chosen by chat: everyone approved, pending registrations, chosen units,
/// a group of units, or those who gave an answer to a meeting.
/// </summary>
public sealed partial class AudienceTests
{
    private const string OtherMeeting = "hn-20270601";

    private static readonly UserKey Boss = ConversationDriver.Organizer;
    private static readonly UserKey Dave = new("tg", "104");
    private static readonly UserKey Erin = new("tg", "105");
    private static readonly UserKey Fay = new("tg", "106");
    private static readonly UserKey Gus = new("tg", "107");

    private readonly ConversationDriver bot = Driver();

    public AudienceTests()
    {
        Put(bot);
        Put(bot, Sample(OtherMeeting, startsAt: Local(2027, 6, 1, 8, 0), deadline: Local(2027, 5, 30, 17, 0), title: "Hội nghị tháng Sáu"));
        AddMember(bot, Alice, "Nguyễn Thị An", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Bình", "P02", "+84901000002");
        AddMember(bot, Carol, "Lê Thị Cúc", "P03", "+84901000003", MemberStatus.Pending);
        AddMember(bot, Dave, "Phạm Văn Dũng", "P01", "+84901000004", MemberStatus.Rejected);
        AddMember(bot, Erin, "Võ Thị Em", "BTT", "+84901000005");
        AddMember(bot, Fay, "Đỗ Thị Phương", "HPN", "+84901000006");
        AddMember(bot, Gus, "Huỳnh Văn Giang", "P03", "+84901000007");
    }

    [Fact]
    public void Everyone_means_every_approved_member_and_no_pending_or_rejected_one()
    {
        var notice = Send(bot, Boss, audience: ["bc:all"]);

        AssertReached(notice, Alice, Bob, Erin, Fay, Gus);
    }

    [Fact]
    public void Pending_means_only_the_registrations_awaiting_approval()
    {
        var notice = Send(bot, Boss, audience: ["bc:pending"]);

        AssertReached(notice, Carol);
        Assert.Equal("Người đăng ký chờ duyệt", notice.Audience);
    }

    [Fact]
    public void The_group_question_offers_each_group_of_the_catalogue()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Replies(Boss);

        bot.Press(Boss, "bc:group");

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        Assert.Equal(Texts.ChooseGroup.Vi(), question.Text.Value);
        Assert.Equal(
            [
                new Button(Texts.GroupWards.Vi, "bc:g:Ward"),
                new Button(Texts.GroupDistrict.Vi, "bc:g:District"),
                new Button("Tổ chức thành viên", "bc:g:MemberOrganization"),
            ],
            question.AllButtons());
    }

    [Fact]
    public void The_wards_group_reaches_the_approved_members_of_wards_only()
    {
        var notice = Send(bot, Boss, audience: ["bc:group", "bc:g:Ward"]);

        AssertReached(notice, Alice, Bob, Gus);
        Assert.Equal(Texts.GroupWards.Vi, notice.Audience);
    }

    [Fact]
    public void The_district_group_reaches_the_district_boards_only()
    {
        var notice = Send(bot, Boss, audience: ["bc:group", "bc:g:District"]);

        AssertReached(notice, Erin);
    }

    [Fact]
    public void The_member_organizations_group_reaches_the_member_organizations_only()
    {
        var notice = Send(bot, Boss, audience: ["bc:group", "bc:g:MemberOrganization"]);

        AssertReached(notice, Fay);
    }

    [Fact]
    public void The_meeting_question_lists_the_meetings_newest_first_with_when_and_title()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Replies(Boss);

        bot.Press(Boss, "bc:rsvp");

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        Assert.Equal(
            [
                new Button($"{When(Local(2027, 6, 1, 8, 0))} – Hội nghị tháng Sáu", $"bc:m:{OtherMeeting}"),
                new Button($"{When(Start)} – {Title}", $"bc:m:{Id}"),
            ],
            question.AllButtons());
    }

    [Fact]
    public void The_answer_question_offers_the_three_answers_and_no_answer()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Press(Boss, "bc:rsvp");
        bot.Replies(Boss);

        bot.Press(Boss, $"bc:m:{Id}");

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        Assert.Equal(Texts.ChooseAnswer.Vi(), question.Text.Value);
        Assert.Equal(
            [
                new Button("Tham dự", "bc:a:Attending"),
                new Button("Không tham dự", "bc:a:Declined"),
                new Button("Cử người dự thay", "bc:a:Delegated"),
                new Button(Texts.AnswerNone.Vi, "bc:a:None"),
            ],
            question.AllButtons());
    }

    [Theory]
    [InlineData("Attending", "tg:101")]
    [InlineData("Declined", "tg:102")]
    [InlineData("Delegated", "tg:107")]
    [InlineData("None", "tg:105", "tg:106")]
    public void A_meeting_answer_reaches_the_approved_members_who_gave_it(string answer, params string[] expected)
    {
        Answer(bot, Alice, RsvpAnswer.Attending);
        Answer(bot, Bob, RsvpAnswer.Declined, reason: "Bận");
        Answer(bot, Gus, RsvpAnswer.Delegated, representative: new Representative("Lê Văn Tám", "Cán bộ", null));
        Answer(bot, Carol, RsvpAnswer.Attending);
        Answer(bot, Dave, RsvpAnswer.Declined);
        Answer(bot, Fay, RsvpAnswer.Attending, OtherMeeting);

        var notice = Send(bot, Boss, audience: ["bc:rsvp", $"bc:m:{Id}", $"bc:a:{answer}"]);

        AssertReached(notice, expected.Select(UserKey.Parse).ToArray());
    }

    [Fact]
    public void A_meeting_answer_audience_is_described_with_the_answer_and_the_meeting()
    {
        Answer(bot, Alice, RsvpAnswer.Attending);

        var notice = Send(bot, Boss, audience: ["bc:rsvp", $"bc:m:{Id}", "bc:a:Attending"]);

        Assert.Equal(Texts.AudienceByAnswer.For(Lang.Vi, Texts.AnswerAttending.Vi, Title).ToPlain(), notice.Audience);
        Assert.Equal($"rsvp:{Id}:Attending:1", Assert.Single(bot.Audit).Details);
    }

    [Fact]
    public void The_preview_counts_and_describes_the_chosen_audience()
    {
        ToPreview(bot, Boss, audience: ["bc:units", "bc:u:P03", "bc:u:P01", "bc:udone"]);

        Assert.Equal(Texts.NoticeConfirm.Vi(2, "Phường 1, Phường 3"), bot.LastWithButtons(Boss)!.Text.Value);
    }

    [Theory]
    [InlineData("all", "Tất cả thành viên", "All members")]
    [InlineData("pending", "Người đăng ký chờ duyệt", "Registrations awaiting approval")]
    [InlineData("units:P01,P02", "Phường 1, Phường 2", "Phường 1, Phường 2")]
    [InlineData("units:P01,X9", "Phường 1, X9", "Phường 1, X9")]
    [InlineData("group:Ward", "Các phường", "The wards")]
    [InlineData("group:District", "Cơ quan, đơn vị cấp quận", "District bodies and units")]
    [InlineData("group:MemberOrganization", "Tổ chức thành viên", "Member organizations")]
    [InlineData("group:Neighbourhood", "Ban Công tác Mặt trận khu phố", "Neighbourhood front committees")]
    [InlineData("group:Guest", "Khách mời", "Guests")]
    [InlineData("group:Other", "Đơn vị khác", "Other units")]
    [InlineData("rsvp:hn-20270427:Attending", "đã xác nhận \"Tham dự\" cho " + Title, "answered \"Attending\" for " + Title)]
    [InlineData("rsvp:hn-20270427:Declined", "đã xác nhận \"Không tham dự\" cho " + Title, "answered \"Not attending\" for " + Title)]
    [InlineData("rsvp:hn-20270427:Delegated", "đã xác nhận \"Cử người dự thay\" cho " + Title, "answered \"Sends someone\" for " + Title)]
    [InlineData("rsvp:hn-20270427:None", "đã xác nhận \"Chưa xác nhận\" cho " + Title, "answered \"Not answered yet\" for " + Title)]
    [InlineData("rsvp:gone:Attending", "đã xác nhận \"Tham dự\" cho gone", "answered \"Attending\" for gone")]
    [InlineData("nonsense", "?", "?")]
    [InlineData("", "?", "?")]
    public void Describe_puts_each_audience_in_words_in_both_languages(string spec, string vi, string en)
    {
        Assert.Equal(vi, Audience.Describe(bot.Store, ConversationDriver.Units, spec, Lang.Vi));
        Assert.Equal(en, Audience.Describe(bot.Store, ConversationDriver.Units, spec, Lang.En));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("everyone")]
    [InlineData("units")]
    [InlineData("group:Nowhere")]
    [InlineData("rsvp:hn-20270427")]
    public void An_unknown_audience_resolves_to_nobody(string? spec)
    {
        Assert.Empty(Audience.Resolve(bot.Store, ConversationDriver.Units, spec));
    }

    private void ToUnits()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Press(Boss, "bc:units");
        bot.Replies(Boss);
    }

    /// <summary>The notice lists exactly these recipients, and each got exactly one message of it.</summary>
    private void AssertReached(Notice notice, params UserKey[] expected)
    {
        var keys = expected.Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(keys, notice.Recipients.Order(StringComparer.Ordinal));
        Assert.Equal(keys, bot.Tagged(notice.Tag).Select(d => d.To.ToString()).Order(StringComparer.Ordinal));
    }
}
