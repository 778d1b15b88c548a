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

    // ---- reports: naming a unit's reporters ----

    public static readonly Msg ReportersButton = new("👥 Người báo cáo", "👥 Reporters");

    public static readonly Msg ReportersChooseUnit = new("<b>Người báo cáo – {0}</b>\nChọn đơn vị:", "<b>Reporters – {0}</b>\nChoose a unit:");

    public static readonly Msg ReportersScreen = new(
        "<b>Người báo cáo của {0}</b> – {1}\nCán bộ đầu mối đơn vị: {2}\nĐược chỉ định: {3}",
        "<b>Reporters of {0}</b> – {1}\nCoordinators: {2}\nNamed: {3}");

    public static readonly Msg ReportersNone = new("(chưa có)", "(none)");

    public static readonly Msg ReporterAddButton = new("➕ Chỉ định người báo cáo", "➕ Name a reporter");

    public static readonly Msg ReporterRemoveButton = new("➖ Bỏ {0}", "➖ Remove {0}");

    public static readonly Msg ReportersChooseMember = new("Chọn thành viên của {0} làm người báo cáo:", "Choose the member of {0} who will report:");

    public static readonly Msg ReportersNoCandidate = new("{0} không còn thành viên nào để chỉ định.", "{0} has no other member to name.");

    public static readonly Msg ReporterNameConsequence = new("Chỉ định {0} báo cáo cho {1}", "Name {0} to report for {1}");

    public static readonly Msg ReporterRemoveConsequence = new("Bỏ {0} khỏi người báo cáo của {1}", "Remove {0} from the reporters of {1}");

    public static readonly Msg ReporterNamed = new("Đã chỉ định {0} báo cáo cho {1}; người này đã nhận thông báo.", "{0} is named to report for {1} and has been told.");

    public static readonly Msg ReporterAlreadyNamed = new("{0} đã là người báo cáo của {1}.", "{0} already reports for {1}.");

    public static readonly Msg ReporterRemoved = new("Đã bỏ {0} khỏi người báo cáo của {1}.", "{0} no longer reports for {1}.");

    public static readonly Msg ReporterNotInUnit = new("Người này không còn là thành viên của đơn vị.", "This person is no longer a member of the unit.");

    public static readonly Msg ReporterNamedNotice = new(
        "Kính gửi Đồng chí: Đồng chí được chỉ định báo cáo hoạt động các trang mạng xã hội của {0} phục vụ <b>{1}</b>. Hạn gửi: {2}.\nBấm \"📝 Gửi báo cáo\" để nhập theo từng bước.",
        "You are named to send the social page report of {0} for <b>{1}</b>. Deadline: {2}.\nPress \"📝 Send the report\" to enter it step by step.");

    public static readonly Msg ReporterRemovedNotice = new(
        "Đồng chí không còn là người báo cáo trang mạng xã hội của {0}.",
        "You no longer send the social page report of {0}.");
}
