using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Fuzz;

/// <summary>What a cooperative person types or presses next, given where their conversation stands.</summary>
public static class Cooperation
{
    private static readonly string[] Names = ["Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Nam", "Phạm Minh Đức", "Võ Thị Sáu"];
    private static readonly string[] MemberCommands = ["/hoinghi", "/gopy", "/hoso", "/lienket", "/help", "/lang", "/xoadulieu"];
    private static readonly string[] OrganizerCommands = ["/choduyet", "/thanhvien", "/thongbao", "/ykien", "/sukien", "/thongke", "/xuatds", "/lichsu", "/huythongbao", "/hoinghi", "/gopy"];

    /// <summary>Null: press a shown button (index <paramref name="seed"/>); otherwise the text to type.</summary>
    public static string? Next(ConversationDriver driver, UserKey actor, int seed, bool hasButtons)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var person = Identities.PersonOf(driver.Store, actor);
        var session = driver.SessionOf(person);
        var answer = session?.Flow is null ? null : Answer(session.Flow, session.State, seed);
        if (answer is not null)
        {
            return answer;
        }

        // In a flow whose step is a choice, or just shown a card: press one of its buttons, mostly.
        if (hasButtons && seed % 5 != 0)
        {
            return null;
        }

        var member = driver.MemberOf(person);
        if (member is null)
        {
            return seed % 7 == 0 ? "/start P05" : "/start";
        }

        var commands = Access.RoleOf(driver.Store, driver.Settings, person) == Role.Organizer ? OrganizerCommands : MemberCommands;
        return commands[seed % commands.Length];
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
        _ => null,
    };
}
