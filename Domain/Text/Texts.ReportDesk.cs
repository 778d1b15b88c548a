namespace Domain.Text;

public static partial class Texts
{
    // ---- reports: a sent version the desk could not record ----

    public static readonly Msg ReportSendRefused = new(
        "Báo cáo của {0} chưa được ghi nhận: Anh/Chị không còn quyền gửi báo cáo này (đợt báo cáo đã đóng hoặc Anh/Chị không còn được giao báo cáo).",
        "The report of {0} is not recorded: you may no longer send it (the round is closed or you no longer report for the unit).");

    public static readonly Msg ReportSendTooLate = new(
        "Báo cáo của {0} chưa được ghi nhận: Anh/Chị bấm Gửi khi đợt báo cáo đã hết hạn ({1}). Bản Anh/Chị đã soạn:\n\n{2}",
        "The report of {0} is not recorded: you pressed Send after the round's deadline ({1}). The version you wrote:\n\n{2}");

    public static readonly Msg NominationMoved = new(
        "Chưa chấp nhận: đơn vị vừa gửi lại báo cáo và đề xuất Anh/Chị chọn không còn trong đó. Anh/Chị mở lại danh sách đề xuất khen thưởng để xem.",
        "Not accepted: the unit has just sent a new version and the nomination you chose is no longer in it. Open the nominations list again to see it.");

    public static readonly Msg ReportUnsentDraft = new(
        "<b>Bản báo cáo {0} Anh/Chị đang soạn (chưa gửi, chỉ xem)</b>\n\n{1}",
        "<b>The report of {0} you were writing (not sent, read only)</b>\n\n{1}");
}
