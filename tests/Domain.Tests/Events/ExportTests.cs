using System.Text;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/xuatds: the attendee list with phone numbers, for organizers only.</summary>
public sealed class ExportTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;
    private static readonly UserKey Anh = new("tg", "201");
    private static readonly UserKey Duong = new("tg", "202");
    private static readonly UserKey Dang = new("tg", "203");
    private static readonly UserKey Pham = new("tg", "204");
    private static readonly UserKey Vo = new("tg", "205");
    private static readonly UserKey Ly = new("tg", "206");
    private static readonly UserKey Ho = new("tg", "207");
    private static readonly Representative Tam = new("Lê Văn Tám", "Cán bộ văn phòng", "+84987654321");

    private static readonly string[] Phones =
        ["+84901234567", "+84912000001", "+84912000002", "+84912000003", "+84912000004", "+84912000005", "+84912000006", "+84912000007", "+84912000008", "+84987654321"];

    private readonly ConversationDriver bot = Driver();
    private readonly DateTimeOffset answeredAt;

    public ExportTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị Hoa", "HPN", Phones[0]);
        AddMember(bot, Bob, "Trần Văn Bình", "P01", Phones[1]);
        AddMember(bot, Dang, "Đặng Thị Lan", "P02", Phones[2]);
        AddMember(bot, Duong, "Dương Văn Hùng", "P02", Phones[3]);
        AddMember(bot, Anh, "Ánh Ngọc Lê", "P02", Phones[4]);
        AddMember(bot, Pham, "Phạm Minh Chính", "BTT", Phones[5]);
        AddMember(bot, Vo, "Võ Văn Kiệt", "KP-LẠ", Phones[6]);
        AddMember(bot, Ly, "Lý Thị Mai", "P03", Phones[7], MemberStatus.Pending);
        AddMember(bot, Ho, "Hồ Văn Nam", "P03", Phones[8], MemberStatus.Rejected);
        answeredAt = bot.Now = bot.Now.AddDays(1);
        Answer(bot, Alice, RsvpAnswer.Attending);
        Answer(bot, Bob, RsvpAnswer.Attending);
        Answer(bot, Dang, RsvpAnswer.Declined, reason: "Ốm");
        Answer(bot, Anh, RsvpAnswer.Delegated, representative: Tam);
        Answer(bot, Vo, RsvpAnswer.Attending);
        Answer(bot, Ly, RsvpAnswer.Attending);
        Answer(bot, Pham, RsvpAnswer.Attending, meetingId: "hn-20230427");
        bot.Now = bot.Now.AddDays(1);
    }

    [Fact]
    public void Xuatds_by_a_member_is_not_allowed_and_makes_no_file()
    {
        bot.Command(Alice, "/xuatds");

        var replies = bot.Replies(Alice);
        Assert.Equal([Texts.NotAllowed.Vi()], replies.Texts());
        Assert.Empty(replies.OfType<DocumentOut>());
        Assert.Empty(bot.Files.Exported);
        Assert.Empty(bot.Audit);
    }

    [Theory]
    [InlineData($"rep:export:{Id}")]
    [InlineData($"rep:stats:{Id}")]
    [InlineData("rep:export:hn-19990101")]
    public void A_forged_export_button_from_a_member_is_not_allowed_and_makes_no_file(string data)
    {
        bot.PressData(Alice, data);

        var replies = bot.Replies(Alice);
        Assert.Equal([Texts.NotAllowed.Vi()], replies.Texts());
        Assert.Empty(replies.OfType<DocumentOut>());
        Assert.Empty(bot.Files.Exported);
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void Xuatds_by_an_organizer_sends_a_workbook_and_a_csv_file()
    {
        bot.Command(Organizer, "/xuatds");

        var documents = bot.Replies(Organizer).OfType<DocumentOut>().ToList();
        Assert.Equal([$"{Id}-danh-sach.xlsx", $"{Id}-danh-sach.csv", $"{Id}-ky-ten.xlsx"], documents.Select(d => d.FileName));
        Assert.EndsWith(".xlsx", documents[0].FileName, StringComparison.Ordinal);
        Assert.EndsWith(".csv", documents[1].FileName, StringComparison.Ordinal);
        Assert.Equal($"xlsx:{Id}:7", Encoding.UTF8.GetString(documents[0].Content));
        Assert.Equal($"csv:{Id}:7", Encoding.UTF8.GetString(documents[1].Content));
        Assert.Equal(Texts.ExportCaption.For(Lang.Vi, Title), documents[0].Caption);
    }

    [Fact]
    public void The_rows_list_each_approved_member_once_by_unit_order_then_vietnamese_name_order()
    {
        bot.Command(Organizer, "/xuatds");

        var rows = Assert.Single(bot.Files.Exported);
        Assert.Equal(
            [
                new AttendeeRow("Phường 1", "Trần Văn Bình", "Tuyên truyền viên", "Tham dự", null, null, null, null, PhoneRule.Display(Phones[1]), answeredAt),
                new AttendeeRow("Phường 2", "Ánh Ngọc Lê", "Tuyên truyền viên", "Cử người dự thay", null, Tam.FullName, Tam.Position, PhoneRule.Display(Tam.Phone!), PhoneRule.Display(Phones[4]), answeredAt),
                new AttendeeRow("Phường 2", "Dương Văn Hùng", "Tuyên truyền viên", Texts.AnswerNone.Vi, null, null, null, null, PhoneRule.Display(Phones[3]), null),
                new AttendeeRow("Phường 2", "Đặng Thị Lan", "Tuyên truyền viên", "Không tham dự", "Ốm", null, null, null, PhoneRule.Display(Phones[2]), answeredAt),
                new AttendeeRow("Ban Thường trực", "Phạm Minh Chính", "Tuyên truyền viên", Texts.AnswerNone.Vi, null, null, null, null, PhoneRule.Display(Phones[5]), null),
                new AttendeeRow("Hội Liên hiệp Phụ nữ", "Nguyễn Thị Hoa", "Tuyên truyền viên", "Tham dự", null, null, null, null, PhoneRule.Display(Phones[0]), answeredAt),
                new AttendeeRow("KP-LẠ", "Võ Văn Kiệt", "Tuyên truyền viên", "Tham dự", null, null, null, null, PhoneRule.Display(Phones[6]), answeredAt),
            ],
            rows);
    }

    [Fact]
    public void Pending_and_rejected_members_are_not_in_the_list_even_with_an_answer()
    {
        bot.Command(Organizer, "/xuatds");

        var rows = Assert.Single(bot.Files.Exported);
        Assert.DoesNotContain(rows, r => r.FullName is "Lý Thị Mai" or "Hồ Văn Nam");
        Assert.Equal(rows.Count, rows.Select(r => r.Phone).Distinct().Count());
    }

    [Fact]
    public void The_export_is_audited_with_the_meeting_and_the_number_of_rows()
    {
        bot.Command(Organizer, "/xuatds");

        var audit = Assert.Single(bot.Audit);
        Assert.Equal((bot.Now, Organizer, "attendees.exported", Id, "7"), (audit.At, audit.By, audit.Action, audit.Subject, audit.Details));
    }

    [Fact]
    public void With_several_meetings_the_organizer_chooses_which_list_to_export()
    {
        Put(bot, Sample("hn-20230427", Local(2023, 4, 27, 8, 0), Local(2023, 4, 25, 17, 0)));
        Put(bot, Sample("hn-20270510", Local(2027, 5, 10, 14, 0), Local(2027, 5, 8, 17, 0)));
        bot.Command(Organizer, "/xuatds");
        Assert.Equal(
            ["rep:export:hn-20270510", $"rep:export:{Id}", "rep:export:hn-20230427"],
            bot.LastWithButtons(Organizer)!.AllButtons().Select(b => b.Data));
        Assert.Empty(bot.Files.Exported);

        bot.Press(Organizer, "rep:export:hn-20230427");

        var rows = Assert.Single(bot.Files.Exported);
        Assert.Equal("Tham dự", rows.Single(r => r.FullName == "Phạm Minh Chính").Answer);
        Assert.Equal(Texts.AnswerNone.Vi, rows.Single(r => r.FullName == "Trần Văn Bình").Answer);
        Assert.Equal("hn-20230427", bot.Audit[^1].Subject);
    }

    [Fact]
    public void Phones_never_reach_a_plain_member_through_the_board_or_the_reports()
    {
        bot.Command(Alice, "/hoinghi");
        bot.Press(Alice, "📅 Thêm vào lịch");
        bot.Command(Alice, "/thongke");
        bot.Command(Alice, "/xuatds");
        bot.PressData(Alice, $"rep:stats:{Id}");
        bot.PressData(Alice, $"rep:export:{Id}");
        bot.Command(Anh, "/hoinghi");

        var seen = bot.AllSentTo(Alice).Concat(bot.AllSentTo(Anh)).Select(Visible).ToList();
        Assert.NotEmpty(seen);
        foreach (var phone in Phones)
        {
            var national = "0" + phone[3..];
            Assert.DoesNotContain(seen, s => s.Contains(phone[3..], StringComparison.Ordinal) || s.Contains(national, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_headcount_shown_to_an_organizer_has_no_phones()
    {
        bot.Command(Organizer, "/thongke");

        var text = bot.TextsTo(Organizer).Single();
        Assert.All(Phones, p => Assert.DoesNotContain(p[3..], text, StringComparison.Ordinal));
    }

    private static string Visible(Outbound message) => message switch
    {
        TextOut t => t.Text.Value + " " + string.Join(" ", t.Buttons.SelectMany(r => r).Select(b => b.Label + " " + b.Data)),
        VenueOut v => v.Title + " " + v.Address,
        DocumentOut d => d.FileName + " " + Encoding.UTF8.GetString(d.Content) + " " + d.Caption?.Value,
        ButtonAck a => a.Toast ?? string.Empty,
        _ => message.ToString() ?? string.Empty,
    };
}
