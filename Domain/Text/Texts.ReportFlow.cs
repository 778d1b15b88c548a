namespace Domain.Text;

public static partial class Texts
{
    // ---- reports: taking a report up again, after the deadline ----

    public static readonly Msg ReportResumed = new(
        "Anh/Chị đang soạn báo cáo này; các phần đã nhập vẫn được giữ. Tiếp tục:",
        "You are writing this report; your answers are kept. Going on:");

    public static readonly Msg ReportNeverSent = new("{0} không gửi báo cáo trong đợt này.", "{0} did not send a report in this round.");

    public static readonly Msg ReportViewButton = new("👁 Xem báo cáo", "👁 View the report");

    // ---- reports: the organizers' progress and choices ----

    public static readonly Msg ReportUnitMissed = new("❌ {0}: không gửi", "❌ {0}: not sent");

    public static readonly Msg ReportRemindSentWithout = new(
        "Đã gửi lời nhắc đến {0} người của {1} đơn vị. {2} đơn vị chưa có ai nhận: {3}",
        "The reminder is going to {0} people in {1} units. {2} units have nobody to receive it: {3}");

    public static readonly Msg UnitChoiceSelected = new("✓ {0}", "✓ {0}");

    public static readonly Msg ReportMenuOrganizers = new(
        "Đợt báo cáo trang mạng xã hội: mở, tiến độ, tổng hợp",
        "Social page reporting rounds: open, progress, summary");
}
