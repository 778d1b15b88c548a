namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg ApprovalRequest = new(
        "<b>Đăng ký mới</b>\n{0}\n{1}\n{2}",
        "<b>New registration</b>\n{0}\n{1}\n{2}");

    public static readonly Msg Approve = new("Duyệt", "Approve");

    public static readonly Msg Reject = new("Từ chối", "Reject");

    /// <summary>{0} the team's name.</summary>
    public static readonly Msg YouWereApproved = new(
        "Ban Tổ chức đã duyệt đăng ký của Anh/Chị. Chào mừng Anh/Chị đến với {0}! Gõ /help để xem các lệnh.",
        "The organizers approved your registration. Welcome to the {0}! Type /help to see the commands.");

    public static readonly Msg YouWereRejected = new(
        "Đăng ký của Anh/Chị chưa được duyệt. Nếu có nhầm lẫn, Anh/Chị vui lòng liên hệ Ban Tổ chức hoặc gõ /start để đăng ký lại.",
        "Your registration was not approved. If this is a mistake, please contact the organizers or type /start to register again.");

    public static readonly Msg ApprovedBy = new("✅ Đã duyệt: {0}", "✅ Approved: {0}");

    public static readonly Msg RejectedBy = new("❌ Đã từ chối: {0}", "❌ Rejected: {0}");

    public static readonly Msg AlreadyDecided = new(
        "Đăng ký của {0} đã được xử lý trước đó ({1}).",
        "The registration of {0} was already decided ({1}).");

    public static readonly Msg RegistrationGone = new(
        "Đăng ký này không còn nữa (người đăng ký đã xóa dữ liệu).",
        "This registration no longer exists (the person deleted their data).");

    public static readonly Msg StatusPending = new("chờ duyệt", "pending");

    public static readonly Msg StatusApproved = new("đã duyệt", "approved");

    public static readonly Msg StatusRejected = new("bị từ chối", "rejected");

    public static readonly Msg RoleMember = new("Thành viên", "Member");

    public static readonly Msg RoleCoordinator = new("Cán bộ đầu mối đơn vị", "Unit coordinator");

    public static readonly Msg RoleOrganizer = new("Ban Tổ chức", "Organizer");

    public static readonly Msg NoPending = new("Không có đăng ký nào đang chờ duyệt.", "No registration is waiting for approval.");

    public static readonly Msg PendingHeader = new("<b>{0} đăng ký đang chờ duyệt</b>", "<b>{0} registrations awaiting approval</b>");

    public static readonly Msg Profile = new(
        "<b>Hồ sơ của Anh/Chị</b>\nHọ tên: {0}\nĐiện thoại: {1}\nĐơn vị: {2}\nChức vụ: {3}\nTrạng thái: {4}\nVai trò: {5}\n\nBấm một mục để sửa.",
        "<b>Your profile</b>\nName: {0}\nPhone: {1}\nUnit: {2}\nPosition: {3}\nStatus: {4}\nRole: {5}\n\nPress an item to change it.");

    public static readonly Msg ProfileSaved = new("Đã lưu thay đổi.", "Saved.");

    /// <summary>{0} the team's name.</summary>
    public static readonly Msg EraseConfirm = new(
        "Anh/Chị muốn xóa toàn bộ thông tin cá nhân (họ tên, số điện thoại, đơn vị, chức vụ) khỏi Trợ lý? Việc này không hoàn tác được; Anh/Chị sẽ rời {0} trên Trợ lý.",
        "Delete all your personal data (name, phone, unit, position) from the assistant? This cannot be undone; you will leave the {0} on the assistant.");

    public static readonly Msg EraseYes = new("Đồng ý xóa dữ liệu", "Delete my data");

    public static readonly Msg EraseNo = new("Không xóa", "Keep it");

    public static readonly Msg Erased = new(
        "Đã xóa thông tin cá nhân của Anh/Chị. Gõ /start nếu muốn đăng ký lại.",
        "Your personal data was deleted. Type /start if you want to register again.");

    public static readonly Msg EraseKept = new("Đã giữ nguyên thông tin của Anh/Chị.", "Your data was kept.");

    public static readonly Msg NothingToErase = new("Trợ lý không lưu thông tin cá nhân nào của Anh/Chị.", "The assistant keeps no personal data of yours.");

    public static readonly Msg MembersChooseUnit = new("<b>Thành viên theo đơn vị</b>\nChọn đơn vị:", "<b>Members by unit</b>\nChoose a unit:");

    public static readonly Msg MembersNone = new("Chưa có thành viên nào đã duyệt.", "No approved members yet.");

    public static readonly Msg MembersOfUnit = new("<b>{0}</b>\nChọn một người để xem và đổi vai trò:", "<b>{0}</b>\nChoose a person to see and change their role:");

    public static readonly Msg MemberCard = new(
        "<b>{0}</b>\nĐiện thoại: {1}\nĐơn vị: {2}\nChức vụ: {3}\nVai trò: {4}\n\nĐổi vai trò:",
        "<b>{0}</b>\nPhone: {1}\nUnit: {2}\nPosition: {3}\nRole: {4}\n\nChange role:");

    public static readonly Msg RoleChanged = new("Đã đổi vai trò của {0} thành: {1}.", "{0} is now: {1}.");

    public static readonly Msg RoleFromConfiguration = new(
        "{0} thuộc Ban Tổ chức theo cấu hình của Trợ lý; chỉ người quản trị máy chủ đổi được.",
        "{0} is an organizer by the bot's configuration; only the server's operator can change that.");

    public static readonly Msg MemberGone = new("Không tìm thấy thành viên này.", "This member was not found.");

    public static readonly Msg YourRoleChanged = new("Ban Tổ chức đã đặt vai trò của Anh/Chị: {0}.", "The organizers set your role: {0}.");
}
