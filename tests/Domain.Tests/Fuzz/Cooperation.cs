using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Fuzz;

/// <summary>What a cooperative person types or presses next, given where their conversation stands.</summary>
public static class Cooperation
{
    private static readonly string[] Names = ["Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Nam", "Phạm Minh Đức", "Võ Thị Sáu"];
    private static readonly string[] MemberCommands = ["/hoinghi", "/gopy", "/hoso", "/lienket", "/help", "/lang", "/xoadulieu", "/phananh", "/baocao", "/diemdanh"];
    private static readonly string[] OrganizerCommands =
    [
        "/choduyet", "/thanhvien", "/thongbao", "/ykien", "/sukien", "/thongke", "/xuatds", "/lichsu", "/huythongbao", "/hoinghi", "/gopy",
        "/chiendich", "/baocao", "/khach", "/diemdanh", "/phananh", "/xoadulieu",
    ];

    /// <summary>Null: press a shown button (index <paramref name="seed"/>); otherwise the text to type.</summary>
    public static string? Next(ConversationDriver driver, UserKey actor, int seed, bool hasButtons, FuzzSecrets? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var person = Identities.PersonOf(driver.Store, actor);
        var session = driver.SessionOf(person);
        var answer = session?.Flow is null ? null : Answer(session.Flow, session.State, seed) ?? Timed(driver, session.Flow, session.State, seed);
        if (answer is not null)
        {
            return answer;
        }

        // In a flow whose step is a choice, or just shown a card: press one of its buttons, mostly.
        if (hasButtons && seed % 5 != 0)
        {
            return null;
        }

        // An invitation link or the door's code an organizer was shown, used by whoever got it passed on.
        if (secrets?.Pick(seed) is { } secret)
        {
            return secret;
        }

        var member = driver.MemberOf(person);
        if (member is null)
        {
            return seed % 7 == 0 ? "/start P05" : "/start";
        }

        var commands = Access.RoleOf(driver.Store, driver.Settings, person) == Role.Organizer ? OrganizerCommands : MemberCommands;
        return commands[seed % commands.Length];
    }

    /// <summary>A campaign's deadline: a few days ahead of the run's clock, within the longest allowed.</summary>
    private static string? Timed(ConversationDriver driver, string flow, string? state, int seed)
    {
        if ((flow, state) != ("cd", "Deadline"))
        {
            return null;
        }

        var day = TimeZoneInfo.ConvertTime(driver.Now, driver.Settings.TimeZone).AddDays(1 + (seed % 30));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"20g00 {day.Day}/{day.Month}/{day.Year}");
    }

    private static string? Answer(string flow, string? state, int seed) => (flow, state) switch
    {
        ("reg", "Name") or ("prof", "Name") or ("rsvp", "DelegateName") => Names[seed % Names.Length],
        ("reg", "Phone") or ("prof", "Phone") or ("rsvp", "DelegatePhone") => $"09{seed % 100_000_000:D8}",
        ("reg", "Position") or ("prof", "Position") or ("rsvp", "DelegatePosition") => "Ủy viên",
        ("rsvp", "Reason") => "Trùng lịch công tác",
        ("gy", "Text") => $"Đề nghị tăng cường tuyên truyền ở khu phố {seed % 10}",
        ("bc", "Text") => $"Thông báo họp tổ số {seed % 100}",
        ("mtg", "Copy") or ("mtg", "Time") => $"08g00 {(seed % 27) + 1}/5/2027",
        ("mtg", "Deadline") => $"17g00 {(seed % 27) + 1}/4/2027",
        ("mtg", "Expected") => "150",
        ("mtg", _) => "Hội trường UBND Quận 5",
        ("dlg", "Count") => $"{seed % 4}",
        ("dlg", "Names") => "Nguyễn Văn An\nTrần Thị Bích",
        ("cd", "Title") => $"Chia sẻ bài Ngày hội Đại đoàn kết {seed % 10}",
        ("cd", "Content") => $"https://www.facebook.com/mttq.q5/posts/{seed % 1000}",
        ("cd", "Action") => "Chia sẻ lên trang cá nhân",
        // A link, or the button that says the proof is complete.
        ("cdt", "Proof") or ("cdt", "MoreProof") when seed % 3 != 0 => $"https://www.facebook.com/share/p/{seed % 1000}",
        ("cdt", "Reason") => "Không có tài khoản Facebook",
        ("pa", "Evidence") when seed % 3 != 0 => $"https://www.facebook.com/groups/khupho{seed % 9}/posts/{seed % 100_000}",
        ("pa", "Description") => "Bài viết bịa đặt rằng phường sẽ thu hồi đất của cả khu phố.",
        ("pa", "Place") => "Khu phố 3, Phường 5",
        ("pqn", _) => "Đã báo cơ quan chức năng",
        ("rp", "PageName") => $"MTTQ Phường {(seed % 14) + 1}",
        ("rp", "PageUrl") => $"facebook.com/mttq.p{(seed % 14) + 1}",
        ("rp", "Difficulties") => "Thiếu người viết bài",
        ("rp", "Proposals") => "Tập huấn kỹ năng",
        ("rp", "NomineeName") => Names[seed % Names.Length],
        ("rp", "NomineeUnit") => "Phường 5",
        ("rp", "NomineeAchievement") => "Viết 120 bài năm 2023",
        ("rp", _) when state is "Followers" or "Posts" or "Admins" or "Collaborators" or "Opinions" or "FalseContent" => $"{seed % 200}",
        ("khach", "Add") => $"{Names[seed % Names.Length]} | Ban Dân vận Quận ủy | Phó Trưởng ban | 09{seed % 100_000_000:D8}",
        ("ci", "DelegateName") => Names[seed % Names.Length],
        _ => null,
    };
}
