namespace Domain.Text;

/// <summary>Reports of false or hostile content (/phananh): the member's conversation, the organizers' queue and cards.</summary>
public static partial class Texts
{
    // ---- members: sending a report ----

    public static readonly Msg ReportMembersOnly = new(
        "Chỉ thành viên đã được duyệt mới gửi phản ánh được. Gõ /start để đăng ký.",
        "Only approved members can send reports. Type /start to register.");

    public static readonly Msg AskReportEvidence = new(
        "<b>Phản ánh nội dung sai trái, thù địch</b>\nAnh/Chị gửi đường dẫn (link) của bài viết, và/hoặc ảnh chụp màn hình (tối đa 5 ảnh).",
        "<b>Report false or hostile content</b>\nPlease send the link of the post, and/or screenshots (at most 5 photos).");

    public static readonly Msg ReportEvidenceReceived = new(
        "Đã nhận: {0}. Anh/Chị gửi thêm ảnh, hoặc chọn Tiếp tục.",
        "Received: {0}. Send more photos, or choose Continue.");

    public static readonly Msg ReportEvidenceLink = new("đường dẫn", "the link");

    public static readonly Msg ReportEvidencePhotos = new("{0} ảnh", "{0} photo(s)");

    public static readonly Msg ReportContinue = new("Tiếp tục ➡️", "Continue ➡️");

    public static readonly Msg ReportNeedsEvidence = new(
        "Anh/Chị cần gửi đường dẫn hoặc ít nhất một ảnh chụp màn hình.",
        "Please send the link or at least one screenshot.");

    public static readonly Msg ReportLinkInvalid = new(
        "Đường dẫn chưa đúng. Anh/Chị gửi địa chỉ trang web, ví dụ https://facebook.com/…",
        "That is not a valid link. Please send a web address, e.g. https://facebook.com/…");

    public static readonly Msg ReportLinkTooLong = new(
        "Đường dẫn dài quá 2.000 ký tự. Anh/Chị gửi đường dẫn ngắn hơn hoặc gửi ảnh chụp màn hình.",
        "The link is longer than 2,000 characters. Please send a shorter link or a screenshot.");

    public static readonly Msg ReportTooManyPhotos = new(
        "Đã đủ 5 ảnh. Anh/Chị chọn Tiếp tục.",
        "That makes 5 photos already. Please choose Continue.");

    public static readonly Msg ReportPhotoOrLink = new(
        "Trợ lý không nhận được ảnh này. Anh/Chị gửi ảnh chụp màn hình dưới dạng ảnh, hoặc gửi đường dẫn của bài viết.",
        "The assistant could not receive this picture. Please send the screenshot as a photo, or send the link of the post.");

    public static readonly Msg AskReportPlatform = new("Nội dung này đăng trên nền tảng nào?", "Which platform is it on?");

    public static readonly Msg PlatformWebsite = new("Trang web", "Website");

    public static readonly Msg PlatformOther = new("Khác", "Other");

    public static readonly Msg AskReportDescription = new(
        "Anh/Chị mô tả ngắn: nội dung đó nói gì, vì sao sai trái hoặc thù địch (từ 10 đến 1.000 ký tự).",
        "Please describe it briefly: what it claims, and why it is false or hostile (10 to 1,000 characters).");

    public static readonly Msg ReportDescriptionTooShort = new(
        "Mô tả quá ngắn. Anh/Chị viết rõ nội dung đó nói gì và vì sao sai trái.",
        "The description is too short. Please say what it claims and why it is false.");

    public static readonly Msg ReportDescriptionTooLong = new(
        "Mô tả dài {0} ký tự, quá giới hạn 1.000 ký tự. Anh/Chị vui lòng rút gọn rồi gửi lại.",
        "The description has {0} characters, more than the 1,000 allowed. Please shorten it and send it again.");

    public static readonly Msg AskReportPlace = new(
        "Nội dung này đang lan truyền ở đâu (phường, nhóm Zalo hay Facebook nào)? Anh/Chị nhập, hoặc chọn Bỏ qua.",
        "Where is it circulating (which ward, which Zalo or Facebook group)? Type it, or choose Skip.");

    public static readonly Msg ReportPlaceTooLong = new(
        "Nơi lan truyền tối đa 200 ký tự. Anh/Chị nhập ngắn hơn.",
        "At most 200 characters, please. Type it shorter.");

    public static readonly Msg ReportSkip = new("Bỏ qua", "Skip");

    public static readonly Msg ReportPreview = new(
        "<b>Xem lại phản ánh</b>\nĐường dẫn: {0}\nẢnh chụp màn hình: {1}\nNền tảng: {2}\nMô tả: {3}\nNơi lan truyền: {4}\n\nAnh/Chị kiểm tra rồi chọn Gửi.",
        "<b>Check your report</b>\nLink: {0}\nScreenshots: {1}\nPlatform: {2}\nDescription: {3}\nCirculating in: {4}\n\nCheck it, then choose Send.");

    public static readonly Msg ReportNothing = new("Không có", "None");

    public static readonly Msg ReportSend = new("Gửi", "Send");

    public static readonly Msg ReportFieldEvidence = new("Đường dẫn, ảnh", "Link, photos");

    public static readonly Msg ReportFieldPlatform = new("Nền tảng", "Platform");

    public static readonly Msg ReportFieldDescription = new("Mô tả", "Description");

    public static readonly Msg ReportFieldPlace = new("Nơi lan truyền", "Where it circulates");

    public static readonly Msg BackToReportPreview = new("← Xem lại", "← Back to the preview");

    public static readonly Msg ReportFiled = new(
        "✅ Đã gửi phản ánh. Mã phản ánh <b>{0}</b>.\nBan Tổ chức sẽ xem xét; Trợ lý sẽ báo Anh/Chị kết quả.",
        "✅ Report sent. Reference number <b>{0}</b>.\nThe organizers will look into it; the assistant will tell you the outcome.");

    public static readonly Msg ReportFiledRepeat = new(
        "✅ Đã gửi phản ánh. Mã phản ánh <b>{0}</b>.\nNội dung này đã được phản ánh trước đó và đang được Ban Tổ chức xem xét; Trợ lý sẽ báo Anh/Chị kết quả.",
        "✅ Report sent. Reference number <b>{0}</b>.\nThis content was reported before and the organizers are looking into it; the assistant will tell you the outcome.");

    public static readonly Msg ReportStatusToReporter = new(
        "Phản ánh <b>{0}</b> của Anh/Chị: <b>{1}</b>.",
        "Your report <b>{0}</b>: <b>{1}</b>.");

    public static readonly Msg ReportStatusToReporterWithNote = new(
        "Phản ánh <b>{0}</b> của Anh/Chị: <b>{1}</b>.\nGhi chú của Ban Tổ chức: {2}",
        "Your report <b>{0}</b>: <b>{1}</b>.\nThe organizers' note: {2}");

    public static readonly Msg MyReportsTitle = new("<b>Phản ánh của Anh/Chị</b>", "<b>Your reports</b>");

    public static readonly Msg MyReportLine = new("{0} · {1} · {2}: <b>{3}</b>", "{0} · {1} · {2}: <b>{3}</b>");

    public static readonly Msg ReportNoteLine = new("Ghi chú: {0}", "Note: {0}");

    public static readonly Msg ReportNewButton = new("✍️ Gửi phản ánh mới", "✍️ Send a new report");

    public static readonly Msg ReportNotFound = new("Không tìm thấy phản ánh {0}.", "Report {0} was not found.");

    public static readonly Msg ReportStatusNew = new("Mới", "New");

    public static readonly Msg ReportStatusInProgress = new("Tiếp nhận", "Taken up");

    public static readonly Msg ReportStatusNoAction = new("Không cần xử lý", "No action needed");

    public static readonly Msg ReportStatusForwarded = new("Đã chuyển cơ quan chức năng", "Passed to the authorities");

    public static readonly Msg ReportStatusRebutted = new("Đã có bài phản bác", "A rebuttal has been published");

    // ---- organizers: the queue and the cards ----

    public static readonly Msg ReportQueueOverview = new(
        "<b>Phản ánh nội dung sai trái, thù địch</b>\nMới: {0} · Đang xử lý: {1} · Đã đóng: {2}\n(phản ánh trùng đường dẫn được gộp vào phản ánh đầu tiên)",
        "<b>Reports of false or hostile content</b>\nNew: {0} · In progress: {1} · Closed: {2}\n(reports of the same link are grouped under the first)");

    public static readonly Msg ReportViewNew = new("🆕 Mới ({0})", "🆕 New ({0})");

    public static readonly Msg ReportViewOpen = new("⏳ Đang xử lý ({0})", "⏳ In progress ({0})");

    public static readonly Msg ReportViewClosed = new("✔️ Đã đóng ({0})", "✔️ Closed ({0})");

    public static readonly Msg ReportGroupNew = new("Mới", "New");

    public static readonly Msg ReportGroupOpen = new("Đang xử lý", "In progress");

    public static readonly Msg ReportGroupClosed = new("Đã đóng", "Closed");

    public static readonly Msg ReportExport = new("📥 Xuất XLSX, CSV", "📥 Export XLSX, CSV");

    public static readonly Msg ReportQueuePage = new("<b>{0}</b> – trang {1}/{2}", "<b>{0}</b> – page {1} of {2}");

    public static readonly Msg ReportQueueEmpty = new("Không có phản ánh nào ở mục này.", "No report here.");

    public static readonly Msg ReportListLine = new("{0} · {1} · {2} · {3} lượt – {4}", "{0} · {1} · {2} · {3} report(s) – {4}");

    public static readonly Msg ReportCard = new(
        "🚩 <b>Phản ánh {0}</b> – {1}\nNền tảng: {2}\nĐường dẫn: {3}\nẢnh chụp màn hình: {4}\nMô tả: {5}\nNơi lan truyền: {6}\nNgười gửi: {7}\nThời điểm: {8}\nSố lượt phản ánh: {9}",
        "🚩 <b>Report {0}</b> – {1}\nPlatform: {2}\nLink: {3}\nScreenshots: {4}\nDescription: {5}\nCirculating in: {6}\nSent by: {7}\nAt: {8}\nTimes reported: {9}");

    public static readonly Msg ReportErasedReporter = new("(đã xóa dữ liệu cá nhân)", "(personal data deleted)");

    public static readonly Msg ReportShowPhotos = new("🖼 Xem ảnh ({0})", "🖼 See the photos ({0})");

    public static readonly Msg ReportConfirmStatus = new(
        "Anh/Chị sắp chuyển phản ánh {0} sang «{1}».",
        "You are about to move report {0} to “{1}”.");

    public static readonly Msg AskReportNote = new(
        "Phản ánh {0} → <b>{1}</b>.\nAnh/Chị nhập ghi chú gửi người phản ánh (tối đa 500 ký tự), hoặc chọn Không ghi chú.",
        "Report {0} → <b>{1}</b>.\nType a note for the person who reported it (at most 500 characters), or choose No note.");

    public static readonly Msg ReportNoNote = new("Không ghi chú", "No note");

    public static readonly Msg ReportNoteTooLong = new(
        "Ghi chú tối đa 500 ký tự. Anh/Chị nhập ngắn hơn.",
        "At most 500 characters, please. Type it shorter.");

    public static readonly Msg ReportStatusDone = new(
        "Đã chuyển phản ánh {0} sang «{1}»; đã báo {2} người phản ánh.",
        "Report {0} is now “{1}”; {2} reporter(s) told.");

    public static readonly Msg ReportStatusUnchanged = new(
        "Phản ánh {0} đã ở trạng thái «{1}».",
        "Report {0} is already “{1}”.");

    public static readonly Msg ReportAlreadyClosed = new(
        "Phản ánh {0} đã đóng («{1}»), không đổi được nữa.",
        "Report {0} is closed (“{1}”) and can no longer change.");

    public static readonly Msg ReportsExportCaption = new(
        "Phản ánh nội dung sai trái, thù địch: {0} phản ánh.",
        "Reports of false or hostile content: {0} report(s).");

    public static readonly Msg ReportBackToQueue = new("← Phản ánh", "← Reports");

    public static readonly Msg ReportInGroup = new("→ {0}", "→ {0}");
}
