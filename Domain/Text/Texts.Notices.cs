namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg AskNoticeText = new(
        "<b>Soạn thông báo</b>\nAnh/Chị gõ nội dung thông báo (tối đa 3.500 ký tự). Gõ \"Hủy\" để thôi.",
        "<b>New notice</b>\nType the text of the notice (up to 3,500 characters). Type \"Cancel\" to stop.");

    public static readonly Msg MediaReceived = new(
        "Đã nhận tệp đính kèm. Anh/Chị gõ tiếp nội dung thông báo đi kèm.",
        "Attachment received. Now type the text that goes with it.");

    public static readonly Msg NoticeTooLong = new("Thông báo dài {0} ký tự; tối đa 3.500.", "The notice has {0} characters; at most 3,500.");

    public static readonly Msg AskAudience = new("Gửi tới ai?", "Who receives it?");

    public static readonly Msg AudienceAll = new("Tất cả thành viên", "All members");

    public static readonly Msg AudienceUnits = new("Chọn đơn vị…", "Choose units…");

    public static readonly Msg AudienceGroup = new("Theo nhóm đơn vị…", "By group of units…");

    public static readonly Msg AudienceRsvp = new("Theo xác nhận tham dự hội nghị…", "By meeting answer…");

    public static readonly Msg AudiencePending = new("Người đăng ký chờ duyệt", "Registrations awaiting approval");

    public static readonly Msg AudienceByAnswer = new("đã xác nhận \"{0}\" cho {1}", "answered \"{0}\" for {1}");

    public static readonly Msg ChooseUnits = new("Chọn các đơn vị nhận (bấm để chọn/bỏ), rồi bấm Xong:", "Choose the units (press to add or remove), then Done:");

    public static readonly Msg UnitsDone = new("✔ Xong", "✔ Done");

    public static readonly Msg ChooseGroup = new("Chọn nhóm:", "Choose a group:");

    public static readonly Msg GroupWards = new("Các phường", "The wards");

    public static readonly Msg GroupDistrict = new("Cơ quan, đơn vị cấp quận", "District bodies and units");

    public static readonly Msg GroupMemberOrganizations = new("Tổ chức thành viên", "Member organizations");

    public static readonly Msg GroupNeighbourhood = new("Ban Công tác Mặt trận khu phố", "Neighbourhood front committees");

    public static readonly Msg GroupGuests = new("Khách mời", "Guests");

    public static readonly Msg GroupOther = new("Đơn vị khác", "Other units");

    public static readonly Msg ChooseAnswer = new("Gửi tới những người đã xác nhận:", "Send to those who answered:");

    public static readonly Msg AskAttachButtons = new("Gắn nút xác nhận tham dự của hội nghị vào thông báo?", "Attach a meeting's answer buttons to the notice?");

    public static readonly Msg NoButtons = new("Không gắn", "No buttons");

    public static readonly Msg NoticePreviewHeader = new("<b>Xem trước</b> – thành viên sẽ thấy đúng như sau:", "<b>Preview</b> – members will see exactly this:");

    public static readonly Msg NoticeConfirm = new("Sẽ gửi tới <b>{0}</b> người ({1}).", "It goes to <b>{0}</b> people ({1}).");

    public static readonly Msg SendNotice = new("📨 Gửi", "📨 Send");

    public static readonly Msg EditNoticeText = new("Sửa nội dung", "Change the text");

    public static readonly Msg EditNoticeAudience = new("Sửa người nhận", "Change the recipients");

    public static readonly Msg NoRecipients = new("Không có ai trong nhóm người nhận này; Anh/Chị vui lòng chọn lại.", "Nobody is in this audience; please choose again.");

    /// <summary>{0} the notice's first words (<see cref="Notices.NoticeLabel"/>), {1} when it was sent.</summary>
    public static readonly Msg NoticeProgress = new("📨 Thông báo «{0}» ({1}): đã gửi {2}/{3} · {4} lỗi", "📨 Notice “{0}” ({1}): sent {2}/{3} · {4} failed");

    public static readonly Msg NoticeReport = new(
        "<b>Đã gửi xong thông báo «{0}»</b> ({1})\nNgười nhận: {2} ({3})\nĐã gửi: {4} · Lỗi: {5} · Đã chặn Trợ lý: {6} · Đã hủy: {7}",
        "<b>Notice “{0}” finished</b> ({1})\nRecipients: {2} ({3})\nSent: {4} · Failed: {5} · Blocked the bot: {6} · Cancelled: {7}");

    public static readonly Msg NoticeUnreachableList = new("Không nhận được (đã chặn Trợ lý): {0}", "Could not be reached (blocked the bot): {0}");

    public static readonly Msg NothingSending = new("Không có thông báo nào đang gửi.", "No notice is being sent.");

    public static readonly Msg ChooseNoticeToStop = new("Dừng thông báo nào?", "Stop which notice?");

    public static readonly Msg NoticeStopped = new("Đã dừng thông báo «{0}» ({1}); những tin chưa gửi sẽ không gửi nữa.", "Notice “{0}” ({1}) stopped; what was not yet sent will not be.");

    public static readonly Msg NoticeHistoryHeader = new("<b>Các thông báo gần đây</b>", "<b>Recent notices</b>");

    public static readonly Msg NoticeHistoryLine = new(
        "{0} · {1} · «{2}»\n   {3} người nhận · gửi {4} · lỗi {5} · chặn {6} · hủy {7}",
        "{0} · {1} · “{2}”\n   {3} recipients · sent {4} · failed {5} · blocked {6} · cancelled {7}");

    public static readonly Msg NoticeStatusSending = new("đang gửi", "sending");

    public static readonly Msg NoticeStatusDone = new("đã xong", "finished");

    public static readonly Msg NoticeStatusCancelled = new("đã dừng", "stopped");

    public static readonly Msg NoNotices = new("Chưa có thông báo nào.", "No notices yet.");
}
