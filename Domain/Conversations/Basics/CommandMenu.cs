using Domain.Text;

namespace Domain.Conversations.Basics;

/// <summary>One line of the command menu: what to type and what it does.</summary>
public sealed record MenuEntry(string Command, Msg Description, bool OrganizersOnly = false);

/// <summary>The commands shown by /help and registered in the channel's menu.</summary>
public static class CommandMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("start", new("Bắt đầu", "Start")),
        new("help", new("Danh sách lệnh", "List of commands")),
        new("lang", new("Đổi ngôn ngữ (Tiếng Việt / English)", "Change language (Tiếng Việt / English)")),
        new("huy", new("Hủy việc đang làm", "Cancel what you are doing")),
    ];
}
