namespace Domain.Text;

public static partial class Texts
{
    // ---- reports: the organizers ----

    public static readonly Msg ReportsMenu = new("<b>Báo cáo trang mạng xã hội</b>\n{0}", "<b>Social page reports</b>\n{0}");

    public static readonly Msg ReportsNone = new("Chưa có đợt báo cáo nào.", "No reporting round yet.");

    public static readonly Msg ReportRoundLine = new("{0}: {1}/{2} đơn vị đã gửi, hạn {3}", "{0}: {1}/{2} units sent, deadline {3}");

    public static readonly Msg OpenRoundButton = new("➕ Mở đợt báo cáo", "➕ Open a reporting round");

    public static readonly Msg OpenRoundChooseMeeting = new("Đợt báo cáo cho hội nghị nào?", "Which meeting is the round for?");

    public static readonly Msg OpenRoundPreview = new(
        "<b>Mở đợt báo cáo – {0}</b>\nGiai đoạn: {1}–{2}\nHạn gửi: {3}\nĐơn vị báo cáo ({4}): {5}\n\nĐổi giai đoạn: gõ ví dụ 2021-2023. Đổi hạn: gõ ví dụ 20/4/2027 (17g00) hoặc 20/4/2027 9:30.",
        "<b>Open a reporting round – {0}</b>\nPeriod: {1}–{2}\nDeadline: {3}\nUnits reporting ({4}): {5}\n\nChange the period: type e.g. 2021-2023. Change the deadline: type e.g. 20/4/2027 (17:00) or 20/4/2027 9:30.");

    public static readonly Msg OpenRoundSend = new("📨 Mở đợt và gửi thông báo", "📨 Open and send the notice");

    public static readonly Msg UnitsDefault = new("Phường và tổ chức thành viên", "Wards and member organisations");

    public static readonly Msg UnitsWards = new("Chỉ các phường", "Wards only");

    public static readonly Msg OpenRoundBadInput = new(
        "Trợ lý chưa hiểu. Gõ giai đoạn (ví dụ 2021-2023, tối đa 6 năm) hoặc hạn gửi (ví dụ 20/4/2027 hoặc 20/4/2027 9:30, sau hiện tại).",
        "The assistant did not understand. Type a period (e.g. 2021-2023, at most 6 years) or a deadline (e.g. 20/4/2027 or 20/4/2027 9:30, in the future).");

    public static readonly Msg ReportRoundNotice = new(
        "<b>{0}</b>\n\nKính gửi Đồng chí: đề nghị đơn vị {1} báo cáo hoạt động các trang mạng xã hội giai đoạn {2}–{3} phục vụ <b>{4}</b>. Hạn gửi: {5}.\nBấm \"📝 Gửi báo cáo\" để nhập theo từng bước.",
        "<b>{0}</b>\n\nPlease send the social page report of {1} for {2}–{3}, for <b>{4}</b>. Deadline: {5}.\nPress \"📝 Send the report\" to enter it step by step.");

    public static readonly Msg ReportRoundOpened = new(
        "Đã mở đợt báo cáo cho {0} đơn vị; thông báo đang gửi đến {1} người. {2} đơn vị chưa có ai nhận: {3}",
        "The round is open for {0} units; the notice is going to {1} people. {2} units have nobody to receive it: {3}");

    public static readonly Msg ReportProgressHeader = new("<b>Tiến độ báo cáo – {0}</b>\nHạn gửi: {1}", "<b>Report progress – {0}</b>\nDeadline: {1}");

    public static readonly Msg ReportUnitSent = new("✅ {0}: đã gửi {1}", "✅ {0}: sent {1}");

    public static readonly Msg ReportUnitDrafting = new("✏️ {0}: đang soạn", "✏️ {0}: drafting");

    public static readonly Msg ReportUnitNotStarted = new("⏳ {0}: chưa bắt đầu", "⏳ {0}: not started");

    public static readonly Msg ReportProgressTotal = new("Đã gửi: {0}/{1} đơn vị.", "Sent: {0} of {1} units.");

    public static readonly Msg ReportRemindButton = new("🔔 Nhắc {0} đơn vị chưa gửi", "🔔 Remind {0} units not sent");

    public static readonly Msg ReportSummaryButton = new("📊 Tổng hợp", "📊 Summary");

    public static readonly Msg ReportNominationsButton = new("🏅 Đề xuất khen thưởng", "🏅 Nominations");

    public static readonly Msg ReportProgressButton = new("📋 Tiến độ", "📋 Progress");

    public static readonly Msg ReportReminder = new(
        "Kính nhắc Đồng chí: đơn vị {0} chưa gửi báo cáo hoạt động trang mạng xã hội cho <b>{1}</b>. Hạn gửi: {2}.",
        "Reminder: {0} has not yet sent its social page report for <b>{1}</b>. Deadline: {2}.");

    public static readonly Msg ReportRemindSent = new("Đã gửi lời nhắc đến {0} người của {1} đơn vị.", "The reminder is going to {0} people in {1} units.");

    public static readonly Msg ReportRemindNothing = new("Mọi đơn vị đã gửi báo cáo.", "Every unit has sent its report.");

    public static readonly Msg ReportRoundClosedForReminder = new("Đợt báo cáo đã hết hạn.", "The round's deadline has passed.");

    public static readonly Msg ReportFilesCaption = new("Tổng hợp báo cáo – {0}: {1}/{2} đơn vị đã gửi.", "Report summary – {0}: {1} of {2} units sent.");

    public static readonly Msg ReportChartCaption = new("Biểu đồ: bài viết theo năm và người theo dõi theo đơn vị.", "Chart: posts per year and followers by unit.");

    public static readonly Msg ReportDraftCaption = new("Dự thảo báo cáo để Ban Tuyên giáo chỉnh sửa.", "The draft report, for editing.");

    public static readonly Msg NominationsHeader = new("<b>Đề xuất khen thưởng – {0}</b>\n{1}", "<b>Nominations – {0}</b>\n{1}");

    public static readonly Msg NominationAdminLine = new("{0}. {1}{2} ({3}) – {4}: {5}", "{0}. {1}{2} ({3}) – {4}: {5}");

    public static readonly Msg NominationAccept = new("✔ Chấp nhận {0}", "✔ Accept {0}");

    public static readonly Msg NominationAcceptedMark = new("✔", "✔");

    public static readonly Msg NominationAcceptedMember = new(
        "Đã chấp nhận đề xuất khen thưởng {0}; thư mời {1} đã gửi đến thành viên này.",
        "Nomination of {0} accepted; the invitation to {1} is sent to this member.");

    public static readonly Msg NominationAcceptedCollective = new("Đã chấp nhận đề xuất khen thưởng tập thể {0}.", "Nomination of the collective {0} accepted.");

    public static readonly Msg NominationAlreadyAccepted = new("Đề xuất này đã được chấp nhận.", "This nomination was already accepted.");

    public static readonly Msg NominationsFileCaption = new("Danh sách đề xuất khen thưởng – {0}.", "Nominations – {0}.");

    public static readonly Msg ErasedName = new("(đã xóa)", "(erased)");

    public static readonly Msg NotReported = new("Chưa báo cáo", "Not reported");
}
