using Domain.Text;

namespace Domain.Conversations.Basics;

/// <summary>
/// One line of the command menu: what to type and what it does. A command everyone may use that
/// does more for organizers names that too (<paramref name="ForOrganizers"/>), listed again in their part of /help.
/// </summary>
public sealed record MenuEntry(string Command, Msg Description, bool OrganizersOnly = false, Msg? ForOrganizers = null);

/// <summary>The commands shown by /help and registered in the channel's menu.</summary>
public static class CommandMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("start", new("Bắt đầu", "Start")),
        new("help", new("Danh sách lệnh", "List of commands")),
        new("lang", new("Đổi ngôn ngữ (Tiếng Việt / English)", "Change language (Tiếng Việt / English)")),
        new("hoinghi", new("Hội nghị: thư mời, xác nhận tham dự", "Meetings: invitation and your answer")),
        new("gopy", new("Gửi ý kiến thảo luận cho hội nghị", "Send a discussion comment for a meeting")),
        new("phananh", new("Phản ánh nội dung sai trái, thù địch trên mạng", "Report false or hostile content online")),
        new("hoso", new("Xem, sửa hồ sơ của Anh/Chị", "See and change your profile")),
        new("lienket", new("Dùng chung hồ sơ trên Telegram và Zalo", "Use one profile on Telegram and Zalo")),
        new("diemdanh", new("Điểm danh tại hội nghị", "Check in at the meeting")),
        new("xoadulieu", new("Xóa dữ liệu cá nhân của Anh/Chị", "Delete your personal data")),
        new("huy", new("Hủy việc đang làm", "Cancel what you are doing")),
        new("choduyet", new("Đăng ký chờ duyệt", "Registrations awaiting approval"), OrganizersOnly: true),
        new("thanhvien", new("Thành viên và vai trò", "Members and roles"), OrganizersOnly: true),
        new("sukien", new("Tạo, sao chép, sửa hội nghị", "Create, copy and change meetings"), OrganizersOnly: true),
        new("thongbao", new("Soạn và gửi thông báo", "Compose and send a notice"), OrganizersOnly: true),
        new("huythongbao", new("Dừng thông báo đang gửi", "Stop a notice being sent"), OrganizersOnly: true),
        new("lichsu", new("Lịch sử thông báo", "Past notices"), OrganizersOnly: true),
        new("thongke", new("Thống kê tham dự theo đơn vị", "Headcount per unit"), OrganizersOnly: true),
        new("chiendich", new("Chiến dịch chia sẻ: tạo, theo dõi, tổng kết", "Sharing campaigns: create, follow, summary"), OrganizersOnly: true),
        new("ykien", new("Ý kiến thảo luận, danh sách phát biểu", "Discussion comments and speaking list"), OrganizersOnly: true),
        new("baocao", new("Gửi báo cáo trang mạng xã hội của đơn vị", "Send your unit's social page report"), ForOrganizers: Texts.ReportMenuOrganizers),
        new("xuatds", new("Xuất danh sách tham dự (XLSX, CSV)", "Export the attendee list (XLSX, CSV)"), OrganizersOnly: true),
        new("khach", new("Khách mời: thư mời riêng, nhập danh sách", "Guests: personal invitations, import a list"), OrganizersOnly: true),
        new("totuyentruyen", new("Danh sách thành viên theo đơn vị (XLSX, CSV)", "Team members by unit (XLSX, CSV)"), OrganizersOnly: true),
        new("maqr", new("Mã QR đăng ký của từng đơn vị", "Each unit's registration QR code"), OrganizersOnly: true),
    ];
}
