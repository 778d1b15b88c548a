namespace Domain.Text;

/// <summary>A unit's report written by several people, and opening a round that fits its meeting.</summary>
public static partial class Texts
{
    /// <summary>{0} who sent, {1} the unit, {2} when.</summary>
    public static readonly Msg ReportSentMeanwhile = new(
        "{0} đã gửi báo cáo của {1} lúc {2}, sau khi Anh/Chị bắt đầu soạn bản này. Nên bắt đầu lại từ bản đã gửi; nếu giữ bản đang soạn, khi gửi bản này sẽ thay bản của {0} (cả hai bản đều được lưu).",
        "{0} sent the report of {1} at {2}, after you began this draft. Starting again from the sent version is recommended; if you keep your draft, sending it replaces {0}'s version (both are kept).");

    public static readonly Msg ReportUseSentVersion = new("📄 Bắt đầu từ bản đã gửi (nên chọn)", "📄 Start from the sent version (recommended)");

    public static readonly Msg ReportKeepDraft = new("✏️ Giữ bản đang soạn", "✏️ Keep my draft");

    /// <summary>Above the review's buttons: {0} who sent the version in force, {1} when.</summary>
    public static readonly Msg ReportReplacesVersion = new(
        "⚠️ Gửi bản này sẽ thay bản của {0} gửi lúc {1} (bản đó vẫn được lưu).",
        "⚠️ Sending this replaces the version {0} sent at {1} (that version is kept).");

    /// <summary>To the person whose version was replaced: {0} who sent, {1} the unit, {2} the new version's number, {3} when theirs was sent.</summary>
    public static readonly Msg ReportVersionReplaced = new(
        "{0} vừa gửi báo cáo của {1} (lần gửi thứ {2}), thay bản Anh/Chị gửi lúc {3}. Cả hai bản đều được lưu.",
        "{0} has just sent the report of {1} (version {2}), replacing the version you sent at {3}. Both versions are kept.");

    /// <summary>{0} the meeting's start.</summary>
    public static readonly Msg RoundDeadlineAfterMeeting = new(
        "Hội nghị khai mạc lúc {0}; hạn gửi báo cáo phải trước thời điểm đó. Anh/Chị gõ lại hạn gửi.",
        "The meeting starts at {0}; the report deadline must come before it. Please type the deadline again.");

    /// <summary>{0} the meeting's short title.</summary>
    public static readonly Msg RoundMeetingEnded = new(
        "{0} đã kết thúc, nên không mở đợt báo cáo mới cho hội nghị này.",
        "{0} has ended, so no new reporting round is opened for it.");

    /// <summary>In the preview: {0} the period, {1} the open round's deadline.</summary>
    public static readonly Msg RoundAlreadyOpen = new(
        "⚠️ Đợt báo cáo giai đoạn {0} cho hội nghị này đang mở (hạn gửi {1}); các đơn vị đã nhận thông báo. Anh/Chị xem tiến độ của đợt đó, hoặc gõ một giai đoạn khác.",
        "⚠️ A round for {0} is already open for this meeting (deadline {1}); the units have had its notice. See that round's progress, or type another period.");

    public static readonly Msg RoundOpenProgress = new("📋 Xem tiến độ đợt đang mở", "📋 Progress of the open round");

    /// <summary>How a round's notice is named in /lichsu and progress lines: {0} the round's label.</summary>
    public static readonly Msg RoundNoticeTitle = new("Báo cáo MXH – {0}", "Social page report – {0}");

    public static readonly Msg RoundReminderTitle = new("Nhắc báo cáo MXH – {0}", "Social page report reminder – {0}");

    /// <summary>A nomination whose nominee belongs to another unit than the one proposing: {3} the nominee's unit, {4} the proposing unit.</summary>
    public static readonly Msg NominationAdminLineOtherUnit = new(
        "{0}. {1}{2} ({3}; {4} đề xuất) – {5}: {6}",
        "{0}. {1}{2} ({3}; proposed by {4}) – {5}: {6}");
}
