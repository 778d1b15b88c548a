namespace Domain.Text;

/// <summary>Linking and merging profiles: what each side sees before two accounts share one profile.</summary>
public static partial class Texts
{
    public static readonly Msg LinkJoinQuestion = new(
        "🔗 Tài khoản này sẽ dùng chung hồ sơ của {0} – {1}. Chỉ đồng ý nếu đó là chính Anh/Chị.\nNếu có người nhờ Anh/Chị nhập mã này, hãy bấm Không đồng ý.",
        "🔗 This account will share the profile of {0} – {1}. Agree only if that is you.\nIf someone asked you to type this code, press Do not agree.");

    public static readonly Msg LinkJoinYes = new("✅ Đồng ý dùng chung", "✅ Agree to share");

    public static readonly Msg LinkJoinNo = new("Không đồng ý", "Do not agree");

    public static readonly Msg LinkJoinStopped = new(
        "Đã hủy. Tài khoản này không dùng chung hồ sơ nào.",
        "Cancelled. This account shares no profile.");

    public static readonly Msg LinkRoleHeld = new(
        "Hồ sơ của tài khoản này đang giữ vai trò {0}, nên không được gộp vào hồ sơ khác. Nếu hai tài khoản là của cùng một người, hãy gửi /lienket trên tài khoản này để lấy mã, rồi nhập mã ở tài khoản kia.",
        "This account's profile holds the role {0}, so it is never merged into another profile. If both accounts are the same person's, send /link on this account for a code and type it on the other one.");

    public static readonly Msg LinkConfirmProfile = new(
        "Tài khoản đó đang có hồ sơ: {0} – {1}. Nếu đồng ý, hồ sơ đó được gộp vào hồ sơ của Anh/Chị.",
        "That account has a profile: {0} – {1}. If you agree, it is merged into your profile.");

    public static readonly Msg MergeAskPerson = new(
        "🔗 Ban Tổ chức đề nghị gộp hai hồ sơ của Anh/Chị (trên Telegram và Zalo) thành một.",
        "🔗 The organizers propose merging your two profiles (on Telegram and Zalo) into one.");

    public static readonly Msg MergeAsked = new(
        "Đã hỏi ý kiến người này trên cả hai kênh. Hai hồ sơ chỉ được gộp khi người đó đồng ý ở cả hai.",
        "The person was asked on both channels. The profiles are merged only when they agree on both.");

    public static readonly Msg MergeRefusedByPerson = new(
        "Người này không đồng ý gộp hồ sơ {0}. Không có gì thay đổi.",
        "The person did not agree to merge the profile {0}. Nothing changed.");

    public static readonly Msg MergeNeedsSharedPhone = new(
        "Không gộp được: số điện thoại chưa được chia sẻ bằng nút trên Telegram, nên chưa chứng minh đó là cùng một người. Hãy đề nghị người này dùng /lienket.",
        "Cannot merge: the phone number was not shared with Telegram's button, so nothing proves it is one person. Ask them to use /link.");

    public static readonly Msg MergeRoleHeld = new(
        "Không gộp được: hồ sơ {0} đang giữ vai trò {1}. Hồ sơ có vai trò không bao giờ bị gộp vào hồ sơ khác.",
        "Cannot merge: the profile {0} holds the role {1}. A profile with a role is never merged into another.");

    public static readonly Msg MergeProfileFull = new(
        "<b>{0}</b> ({1})\nĐiện thoại: {2} – {3}\nĐơn vị: {4}\nChức vụ: {5}\nTrạng thái: {6}\nVai trò: {7}\nĐăng ký lúc: {8}",
        "<b>{0}</b> ({1})\nPhone: {2} – {3}\nUnit: {4}\nPosition: {5}\nStatus: {6}\nRole: {7}\nRegistered: {8}");

    public static readonly Msg PhoneShared = new("đã chia sẻ bằng nút Telegram", "shared with Telegram's button");

    public static readonly Msg PhoneTyped = new("tự nhập, chưa xác minh", "typed, not verified");

    public static readonly Msg MergeChooseFull = new(
        "Gộp hồ sơ này:\n{0}\n\nvào hồ sơ nào? Hồ sơ được chọn giữ nguyên; xác nhận tham dự và ý kiến chuyển sang đó. Người này phải đồng ý trên cả hai kênh thì hồ sơ mới được gộp.\n\n{1}",
        "Merge this profile:\n{0}\n\ninto which one? The chosen profile stays; answers and comments move to it. The person must agree on both channels before anything is merged.\n\n{1}");
}

/// <summary>Cards and roles that follow a member's changes.</summary>
public static partial class Texts
{
    public static readonly Msg ApprovalCardChanged = new(
        "✏️ Người đăng ký vừa sửa thông tin. Các nút của thẻ cũ không còn hiệu lực; hãy duyệt theo thẻ này.",
        "✏️ The applicant just changed their details. The old card's buttons no longer work; decide on this card.");

    public static readonly Msg CoordinatorMovedUnit = new(
        "{0} đã đổi đơn vị từ {1} sang {2}, nên không còn là Cán bộ đầu mối đơn vị của {1}. Nếu cần, hãy giao lại vai trò qua /thanhvien.",
        "{0} moved from {1} to {2}, so they are no longer coordinator of {1}. If needed, grant the role again with /members.");

    public static readonly Msg YouLeftCoordinator = new(
        "Anh/Chị đã đổi đơn vị nên không còn là Cán bộ đầu mối đơn vị của {0}. Ban Tổ chức đã được báo.",
        "You changed your unit, so you are no longer coordinator of {0}. The organizers have been told.");
}

/// <summary>On Zalo and the console: one confirmation before a typed number changes someone's data.</summary>
public static partial class Texts
{
    public static readonly Msg ConfirmGo = new("✅ Xác nhận", "✅ Confirm");

    public static readonly Msg ConfirmStop = new("Thôi", "Stop");

    public static readonly Msg ConfirmStopped = new("Đã thôi. Không có gì thay đổi.", "Stopped. Nothing changed.");

    public static readonly Msg ConfirmApprove = new("Anh/Chị sắp <b>duyệt</b> đăng ký của <b>{0}</b> ({1}).", "You are about to <b>approve</b> the registration of <b>{0}</b> ({1}).");

    public static readonly Msg ConfirmReject = new("Anh/Chị sắp <b>từ chối</b> đăng ký của <b>{0}</b> ({1}).", "You are about to <b>reject</b> the registration of <b>{0}</b> ({1}).");

    public static readonly Msg ConfirmRole = new("Anh/Chị sắp đổi vai trò của <b>{0}</b> thành <b>{1}</b>.", "You are about to make <b>{0}</b> <b>{1}</b>.");

    public static readonly Msg ConfirmMerge = new(
        "Anh/Chị sắp đề nghị gộp hồ sơ <b>{0}</b> ({1}) vào hồ sơ <b>{2}</b> ({3}).",
        "You are about to propose merging the profile <b>{0}</b> ({1}) into <b>{2}</b> ({3}).");

    public static readonly Msg ConfirmLink = new(
        "Anh/Chị sắp cho một tài khoản {0} dùng chung hồ sơ của Anh/Chị.",
        "You are about to let a {0} account share your profile.");

    public static readonly Msg ConfirmErase = new(
        "Anh/Chị sắp <b>xóa toàn bộ dữ liệu</b> của Anh/Chị. Việc này không hoàn tác được.",
        "You are about to <b>delete all your data</b>. This cannot be undone.");
}
