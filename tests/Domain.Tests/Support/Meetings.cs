using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Tests.Support;

/// <summary>
/// The meetings of the tests: the plan's conference moved to 2027, times in Asia/Ho_Chi_Minh, and
/// a driver whose settings use that zone.
/// </summary>
public static class Meetings
{
    public const string Id = "hn-20270427";
    public const string Title = "Hội nghị tuyên truyền viên Quận 5";

    public static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static readonly TimeSpan Plus7 = TimeSpan.FromHours(7);

    /// <summary>08g00 ngày 27/4/2027 (thứ Ba).</summary>
    public static readonly DateTimeOffset Start = Local(2027, 4, 27, 8, 0);

    /// <summary>17g00 ngày 25/4/2027 (Chủ nhật).</summary>
    public static readonly DateTimeOffset Deadline = Local(2027, 4, 25, 17, 0);

    public static readonly Venue Hall = new("Hội trường UBND Quận 5", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656);

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute, int second = 0, int millisecond = 0) =>
        new(year, month, day, hour, minute, second, millisecond, Plus7);

    public static BotSettings Settings(params UserKey[] organizers) => new()
    {
        Organizers = new HashSet<UserKey>(organizers.Length == 0 ? [ConversationDriver.Organizer] : organizers),
        TimeZone = Saigon,
    };

    /// <summary>A driver in Ho Chi Minh time, with the organizer of <see cref="ConversationDriver"/>.</summary>
    public static ConversationDriver Driver() => new(Settings());

    public static Meeting Sample(string id = Id, DateTimeOffset? startsAt = null, DateTimeOffset? deadline = null, int expected = 120, string title = Title) => new()
    {
        Id = id,
        Title = title,
        StartsAt = startsAt ?? Start,
        RsvpDeadline = deadline ?? Deadline,
        Venue = Hall,
        Expected = expected,
        Invited = ["Ban Thường trực Ủy ban MTTQ Quận 5", "Tổ tuyên truyền viên 14 phường"],
        Contents = ["Quán triệt nghị quyết"],
        Programme = ["Khai mạc", "Báo cáo chuyên đề", "Thảo luận", "Bế mạc"],
    };

    public static Meeting Put(ConversationDriver driver, Meeting? meeting = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        meeting ??= Sample();
        driver.Store.Put(meeting);
        return meeting;
    }

    /// <summary>Puts a member straight into the store, with a phone of their own.</summary>
    public static Member AddMember(ConversationDriver driver, UserKey user, string name, string unitCode, string phone, MemberStatus status = MemberStatus.Approved)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var member = new Member
        {
            Id = user.ToString(),
            FullName = name,
            Phone = phone,
            UnitCode = unitCode,
            Position = "Tuyên truyền viên",
            Status = status,
            ConsentAt = driver.Now,
            RegisteredAt = driver.Now,
        };
        driver.Store.Put(member);
        return member;
    }

    /// <summary>Puts an answer straight into the store, as if the member had given it now.</summary>
    public static Rsvp Answer(ConversationDriver driver, UserKey user, RsvpAnswer answer, string meetingId = Id, string? reason = null, Representative? representative = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var rsvp = Rsvp.Set(null, meetingId, user.ToString(), answer, reason, representative, driver.Now, user.ToString());
        driver.Store.Put(rsvp);
        return rsvp;
    }

    public static Rsvp? RsvpOf(ConversationDriver driver, UserKey user, string meetingId = Id)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.Store.Find<Rsvp>(Rsvp.IdFor(meetingId, user.ToString()));
    }

    public static string When(DateTimeOffset at) => MeetingFormat.When(at, Saigon, Lang.Vi);
}
