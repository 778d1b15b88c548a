using Bot.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.Zalo;

/// <summary>The registration and RSVP journeys over the fake Zalo Bot API, with the real host and a real LiteDB file.</summary>
public sealed class ZaloJourneyTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_ward_officer_registers_is_approved_and_answers_the_invitation_by_typing_numbers()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var organizer = new ZaloChat(zalo, organizerUser);
        var member = new ZaloChat(zalo, zalo.AddUser("Lê Văn Tâm"));
        SeedMeeting(bot);

        var consent = await member.Say("/start", m => m.Text!.Contains("1. Đồng ý", StringComparison.Ordinal));
        Assert.Contains("Gõ 1 hoặc 2.", consent.Text, StringComparison.Ordinal);
        await member.Choose("Đồng ý", m => m.Text!.Contains("Họ và tên", StringComparison.Ordinal));
        var phone = await member.Say("Lê Văn Tâm", m => m.Text!.Contains("số điện thoại", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Gõ số", phone.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("nút", phone.Text, StringComparison.Ordinal);
        await member.Say("0903 555 666", m => m.Text!.Contains("Phường 5", StringComparison.Ordinal));
        await member.Choose("Phường 5", m => m.Text!.Contains("Chức vụ", StringComparison.OrdinalIgnoreCase) || m.Text!.Contains("chức vụ", StringComparison.Ordinal));
        var review = await member.Say("Ủy viên Ban Công tác Mặt trận", m => m.Text!.Contains("Xác nhận", StringComparison.Ordinal));
        Assert.Contains("0903 555 666", review.Text, StringComparison.Ordinal);
        await member.Say("xác nhận", m => m.Text!.Contains("duyệt", StringComparison.Ordinal));

        var card = await organizer.Next(m => m.Text!.Contains("Lê Văn Tâm", StringComparison.Ordinal) && m.Text.Contains(". Duyệt", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>", card.Text, StringComparison.Ordinal);
        await organizer.Choose("Duyệt", m => m.Text!.Contains("Lê Văn Tâm", StringComparison.Ordinal));
        // A typed choice that decides for someone else is confirmed once.
        await organizer.Choose(Domain.Text.Texts.ConfirmGo.Plain(Domain.Text.Lang.Vi), m => m.Text!.Contains("Đã duyệt", StringComparison.Ordinal));
        await member.Next(m => m.Text!.Contains("đã duyệt", StringComparison.Ordinal));

        member.User.SendText("/hoinghi");
        var pin = await member.Next(m => m.Text!.StartsWith("📍", StringComparison.Ordinal));
        Assert.Contains("https://maps.google.com/?q=10.7578,106.6656", pin.Text, StringComparison.Ordinal);
        var notice = await member.Next(m => m.Text!.Contains(". ✅ Tham dự", StringComparison.Ordinal));
        Assert.Contains("Hội nghị thử trên Zalo", notice.Text, StringComparison.Ordinal);
        Assert.All(zalo.SentTo(member.Id), m => Assert.InRange(m.Text!.Length, 1, 2000));

        await member.Choose("✅ Tham dự", m => m.Text!.Contains("tham dự", StringComparison.Ordinal));
        await Eventually.True(() => bot.Service<EntityStore>().Find<Rsvp>(Rsvp.IdFor(MeetingId, $"zalo:{member.Id}"))?.Answer == RsvpAnswer.Attending);

        // A message without choices (the confirmation) replaces the list: a number typed now would be plain text.
        var plain = await member.Say("4");
        Assert.DoesNotContain(".ics", plain.Text, StringComparison.Ordinal);
        await member.Say("/hoinghi", m => m.Text!.Contains(Texts.MeetingNotice.Vi.Split('\n')[^1].Replace("<b>{6}</b>", Texts.AnswerAttending.Vi, StringComparison.Ordinal), StringComparison.Ordinal));
        var calendar = await member.Choose("📅 Thêm vào lịch", m => m.Text!.Contains(".ics", StringComparison.Ordinal));
        Assert.Contains(Texts.FileNotOnChannel.Vi.Split(": ")[1].Split(". ")[0], calendar.Text, StringComparison.Ordinal);
        // The chart is named like the other files; Zalo gets no picture.
        var chart = await organizer.Say("/thongke", m => m.Text!.Contains("-thong-ke.png", StringComparison.Ordinal));
        Assert.Contains(Texts.FileNotOnChannel.Vi.Split(": ")[1].Split(". ")[0], chart.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(zalo.AllSent, m => m.Method == "sendPhoto");
        var sheet = await organizer.Say("/xuatds", m => m.Text!.Contains(".xlsx", StringComparison.Ordinal));
        Assert.Contains(Texts.FileNotOnChannel.Vi.Split(": ")[1].Split(". ")[0], sheet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_handled_once()
    {
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath);
        var member = new ZaloChat(zalo, zalo.AddUser("Phan Thị Lụa"));

        await member.Say("/start", m => m.Text!.Contains("Đồng ý", StringComparison.Ordinal));
        var before = zalo.SentTo(member.Id).Count;
        member.User.ResendLast();
        member.User.SendText("/help");
        await member.Next(m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));

        // Only the /help answer came after the repeated /start.
        Assert.Equal(before + 1, zalo.SentTo(member.Id).Count);
    }

    [Fact]
    public async Task A_member_whose_chat_keeps_failing_while_others_get_messages_is_marked_unreachable_and_a_failing_send_is_retried_once_delivered()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        // No waiting period: three failures while another chat gets its message are the evidence.
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id, overrides: new Dictionary<string, string?>
        {
            ["Zalo:UnreachableAfter"] = "00:00:00",
        });
        var organizer = new ZaloChat(zalo, organizerUser);
        var blocked = zalo.AddUser("Người chặn bot");
        var reachable = zalo.AddUser("Người nhận tin");
        foreach (var (user, name) in new[] { (blocked, "Người Chặn Bot"), (reachable, "Người Nhận Tin") })
        {
            bot.Service<EntityStore>().Put(new Member
            {
                Id = $"zalo:{user.Id}",
                FullName = name,
                Phone = "+84903000111",
                UnitCode = "P03",
                Position = "Ủy viên",
                Status = MemberStatus.Approved,
            });
        }

        zalo.Block(blocked.Id);

        zalo.FailNextWithHttpStatus("sendMessage", 502);
        var help = await organizer.Say("/help", m => m.Text!.Contains("/thongbao", StringComparison.Ordinal));
        Assert.Single(zalo.SentTo(organizer.Id), m => m.Text == help.Text);

        await organizer.Say("/thongbao");
        await organizer.Say("Thông báo thử", m => m.Text!.Contains("Tất cả thành viên", StringComparison.Ordinal));
        await organizer.Choose("Tất cả thành viên", m => m.Text!.Contains("Không gắn", StringComparison.Ordinal));
        await organizer.Choose("Không gắn", m => m.Text!.Contains("📨 Gửi", StringComparison.Ordinal));
        await organizer.Choose("📨 Gửi");
        // Evidence needs a message that reaches someone else after the chat's first failure.
        await Eventually.True(() => zalo.Calls("sendMessage") > zalo.Succeeded("sendMessage") + 1);
        reachable.SendText("/help");
        var report = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains(Texts.NoticeReport.For(Lang.Vi, 0, 0, 0, 0, 0, 0, 1, 0).ToPlain().Split(" · ")[^2], report.Text, StringComparison.Ordinal);
        Assert.True(bot.Service<Reachability>().IsUnreachable(new Domain.Users.UserKey("zalo", blocked.Id)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Zalo 403", StringComparison.Ordinal));
    }

    private const string MeetingId = "hn-zalo-thu";

    private static void SeedMeeting(BotUnderTest bot) =>
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = MeetingId,
            Title = "Hội nghị thử trên Zalo",
            StartsAt = DateTimeOffset.UtcNow.AddDays(30),
            RsvpDeadline = DateTimeOffset.UtcNow.AddDays(28),
            Venue = new Venue("Hội trường 118 Ngô Quyền", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
            Expected = 120,
        });
}
