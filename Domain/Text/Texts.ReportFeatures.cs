namespace Domain.Text;

public static partial class Texts
{
    // ---- reports: accepted nominees who are not members ----

    public static readonly Msg NomineeGuestInvited = new(
        "Đã chấp nhận đề xuất khen thưởng {0}. Người này chưa là thành viên: Trợ lý đã tạo thư mời khách dự {1}. Anh/Chị gửi đường dẫn dưới đây cho người này.",
        "Nomination of {0} accepted. They are not a member: a guest invitation to {1} is made. Please send them the link below.");

    public static readonly Msg NomineeGuestExists = new(
        "Đã chấp nhận đề xuất khen thưởng {0}. Người này đã có thư mời khách dự {1} (xem /khach).",
        "Nomination of {0} accepted. They already have a guest invitation to {1} (see /khach).");

    public static readonly Msg NomineeGuestMeetingEnded = new(
        "Đã chấp nhận đề xuất khen thưởng {0}. {1} đã kết thúc nên không tạo thư mời khách.",
        "Nomination of {0} accepted. {1} has ended, so no guest invitation is made.");

    public static readonly Msg NomineeGuestNameUnusable = new(
        "Đã chấp nhận đề xuất khen thưởng {0}. Tên này không dùng được cho thư mời: Anh/Chị tạo thư mời khách bằng /khach.",
        "Nomination of {0} accepted. The name cannot go on an invitation: please make a guest invitation with /khach.");

    // ---- reports: the units a round asks ----

    public static readonly Msg RoundChooseUnits = new(
        "Chọn các đơn vị phải báo cáo (bấm để chọn/bỏ), rồi bấm Xong. Đã chọn: {0}.",
        "Choose the units that must report (press to add or remove), then Done. Chosen: {0}.");

    public static readonly Msg RoundUnitsDone = new("✔ Xong ({0})", "✔ Done ({0})");

    public static readonly Msg RoundNoUnitChosen = new("Anh/Chị chọn ít nhất một đơn vị.", "Please choose at least one unit.");

    public static readonly Msg RoundBack = new("↩ Quay lại", "↩ Back");
}
