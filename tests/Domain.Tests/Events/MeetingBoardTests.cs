using System.Text;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/hoinghi: the upcoming meetings as the plan's notice, with the member's own answer.</summary>
public sealed class MeetingBoardTests
{
    private readonly ConversationDriver bot = Driver();

    public MeetingBoardTests()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
    }

    [Fact]
    public void With_no_upcoming_meeting_hoinghi_says_there_is_none()
    {
        bot.Command(Alice, "/hoinghi");

        Assert.Equal([Texts.NoMeetings.Vi()], bot.TextsTo(Alice));
        Assert.Contains("chưa có hội nghị", Texts.NoMeetings.Vi(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_one_upcoming_meeting_hoinghi_sends_the_venue_pin_and_then_the_notice()
    {
        Put(bot);

        bot.Command(Alice, "/hoinghi");

        var replies = bot.Replies(Alice);
        Assert.Equal(2, replies.Count);
        Assert.Equal(new VenueOut(10.7578, 106.6656, "Hội trường UBND Quận 5", "118 Ngô Quyền, Phường 8, Quận 5"), replies[0]);
        var notice = Assert.IsType<TextOut>(replies[1]);
        Assert.Equal(Notice(Texts.AnswerNone.Vi), notice.Text.Value);
    }

    [Fact]
    public void The_notice_shows_the_plans_time_deadline_programme_and_invited()
    {
        Put(bot);

        bot.Command(Alice, "/hoinghi");

        var text = bot.TextsTo(Alice).Single();
        Assert.Contains("08g00 ngày 27/4/2027 (thứ Ba)", text, StringComparison.Ordinal);
        Assert.Contains("17g00 ngày 25/4/2027 (Chủ nhật)", text, StringComparison.Ordinal);
        Assert.Contains("• Khai mạc\n• Báo cáo chuyên đề\n• Thảo luận\n• Bế mạc", text, StringComparison.Ordinal);
        Assert.Contains("• Tổ tuyên truyền viên 14 phường", text, StringComparison.Ordinal);
        Assert.EndsWith(Texts.MeetingNotice.Vi.Split('\n')[^1].Replace("{6}", Texts.AnswerNone.Vi, StringComparison.Ordinal), text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approved_member_is_offered_the_answer_buttons_and_the_calendar()
    {
        Put(bot);

        bot.Command(Alice, "/hoinghi");

        var notice = bot.LastWithButtons(Alice)!;
        Assert.Equal(
            [
                $"✅ Tham dự|rsvp:yes:{Id} ❌ Không tham dự|rsvp:no:{Id}",
                $"👤 Cử người dự thay|rsvp:sub:{Id}",
                $"📅 Thêm vào lịch|ev:ics:{Id}",
            ],
            notice.Buttons.Select(row => string.Join(' ', row.Select(b => $"{b.Label}|{b.Data}"))));
    }

    [Fact]
    public void After_attending_the_notice_shows_the_members_answer()
    {
        Put(bot);
        bot.Command(Alice, "/hoinghi");
        bot.Press(Alice, "✅ Tham dự");
        bot.Replies(Alice);

        bot.Command(Alice, "/hoinghi");

        Assert.Equal([Notice("Tham dự")], bot.TextsTo(Alice));
    }

    [Fact]
    public void After_sending_someone_the_notice_names_the_representative()
    {
        Put(bot);
        Answer(bot, Alice, RsvpAnswer.Delegated, representative: new Representative("Trần Văn Bình", "Phó Chủ tịch", "+84912345678"));

        bot.Command(Alice, "/hoinghi");

        var text = bot.TextsTo(Alice).Single();
        Assert.EndsWith(Notice(Texts.AnswerDelegated.Vi("Trần Văn Bình")).Split('\n')[^1], text, StringComparison.Ordinal);
        Assert.DoesNotContain("912345678", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_members_answer_is_not_shown_as_ones_own()
    {
        Put(bot);
        Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình");
        Answer(bot, Bob, RsvpAnswer.Declined, reason: "Ốm");

        bot.Command(Alice, "/hoinghi");

        Assert.Equal([Notice(Texts.AnswerNone.Vi)], bot.TextsTo(Alice));
    }

    [Theory]
    [InlineData(MemberStatus.Pending)]
    [InlineData(MemberStatus.Rejected)]
    [InlineData(null)]
    public void Someone_not_approved_sees_the_notice_with_only_the_calendar_button(MemberStatus? status)
    {
        Put(bot);
        if (status is { } s)
        {
            Registering.Seed(bot, Bob, s, "Trần Văn Bình");
        }

        bot.Command(Bob, "/hoinghi");

        var replies = bot.Replies(Bob);
        Assert.Single(replies.OfType<VenueOut>());
        var notice = Assert.Single(replies.OfType<TextOut>());
        Assert.Equal([new Button("📅 Thêm vào lịch", $"ev:ics:{Id}")], notice.AllButtons());
    }

    [Fact]
    public void The_calendar_button_sends_the_calendar_file_named_after_the_meeting()
    {
        Put(bot);
        bot.Command(Bob, "/hoinghi");

        bot.Press(Bob, "📅 Thêm vào lịch");

        var document = Assert.Single(bot.Replies(Bob).OfType<DocumentOut>());
        Assert.Equal($"{Id}.ics", document.FileName);
        Assert.Equal($"ics:{Id}", Encoding.UTF8.GetString(document.Content));
        Assert.Equal(Texts.CalendarCaption.For(Lang.Vi), document.Caption);
    }

    [Fact]
    public void The_calendar_button_of_an_unknown_meeting_says_it_was_not_found()
    {
        bot.PressData(Alice, "ev:ics:hn-19990101");

        Assert.Equal([Texts.MeetingGone.Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Replies(Alice).OfType<DocumentOut>());
    }

    [Theory]
    [InlineData("ev:ics")]
    [InlineData("ev:show")]
    [InlineData($"ev:delete:{Id}")]
    public void A_forged_board_button_is_no_longer_valid(string data)
    {
        Put(bot);

        bot.PressData(Alice, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void With_two_upcoming_meetings_hoinghi_offers_a_choice_soonest_first()
    {
        Put(bot, Sample("hn-20270510", Local(2027, 5, 10, 14, 0), Local(2027, 5, 8, 17, 0), title: "Hội nghị tháng Năm"));
        Put(bot);
        Put(bot, Sample("hn-20230427", Local(2023, 4, 27, 8, 0), Local(2023, 4, 25, 17, 0)));

        bot.Command(Alice, "/hoinghi");

        var replies = bot.Replies(Alice);
        Assert.Empty(replies.OfType<VenueOut>());
        var choice = Assert.Single(replies.OfType<TextOut>());
        Assert.Equal(Texts.ChooseMeeting.Vi(), choice.Text.Value);
        Assert.Equal(
            [
                new Button($"08g00 ngày 27/4/2027 (thứ Ba) – {Title}", $"ev:show:{Id}"),
                new Button("14g00 ngày 10/5/2027 (thứ Hai) – Hội nghị tháng Năm", "ev:show:hn-20270510"),
            ],
            choice.AllButtons());
    }

    [Fact]
    public void Choosing_from_the_list_shows_that_meetings_notice()
    {
        Put(bot, Sample("hn-20270510", Local(2027, 5, 10, 14, 0), Local(2027, 5, 8, 17, 0), title: "Hội nghị tháng Năm"));
        Put(bot);
        bot.Command(Alice, "/hoinghi");
        bot.Replies(Alice);

        bot.Press(Alice, "ev:show:hn-20270510");

        var replies = bot.Replies(Alice);
        Assert.Single(replies.OfType<VenueOut>());
        var notice = Assert.Single(replies.OfType<TextOut>());
        Assert.Contains("\n<b>Hội nghị tháng Năm</b>\n", notice.Text.Value, StringComparison.Ordinal);
        Assert.Contains(new Button("✅ Tham dự", "rsvp:yes:hn-20270510"), notice.AllButtons());
    }

    [Fact]
    public void The_notice_is_in_english_for_a_member_who_chose_english()
    {
        Put(bot);
        bot.Command(Alice, "/lang en");
        bot.Replies(Alice);

        bot.Command(Alice, "/meeting");

        var notice = bot.LastWithButtons(Alice)!;
        Assert.Contains("08:00 on 27/4/2027 (Tuesday)", notice.Text.Value, StringComparison.Ordinal);
        Assert.EndsWith($"<b>{Texts.AnswerNone.En}</b>", notice.Text.Value, StringComparison.Ordinal);
        Assert.StartsWith($"<b>{new Organization().InvitationHeading.En}</b>", notice.Text.Value, StringComparison.Ordinal);
        Assert.Equal(["✅ Attend", "❌ Decline", "👤 Send someone", "📅 Add to calendar"], notice.AllButtons().Select(b => b.Label));
    }

    [Fact]
    public void A_title_with_markup_is_escaped_in_the_notice()
    {
        Put(bot, Sample(title: "Hội nghị <b>đặc biệt</b> & khác"));

        bot.Command(Alice, "/hoinghi");

        Assert.Contains("\n<b>Hội nghị &lt;b&gt;đặc biệt&lt;/b&gt; &amp; khác</b>\n", bot.TextsTo(Alice).Single(), StringComparison.Ordinal);
    }

    private static string Notice(string answer) => Texts.MeetingNotice.Vi(
        Title,
        "08g00 ngày 27/4/2027 (thứ Ba)",
        Hall.Place,
        "17g00 ngày 25/4/2027 (Chủ nhật)",
        new Html("• Khai mạc\n• Báo cáo chuyên đề\n• Thảo luận\n• Bế mạc"),
        new Html("• Ban Thường trực Ủy ban MTTQ Quận 5\n• Tổ tuyên truyền viên 14 phường"),
        answer,
        new Organization().InvitationHeading.Vi);
}
