namespace Domain.Text;

public static partial class Texts
{
    // ---- reports: the unit's reporter ----

    public static readonly Msg ReportButton = new("📝 Gửi báo cáo", "📝 Send the report");

    public static readonly Msg ReportNotReporter = new(
        "Chỉ Cán bộ đầu mối và thành viên được giao báo cáo của đơn vị mới gửi được báo cáo (đơn vị chưa giao ai thì mọi thành viên của đơn vị). Ban Tổ chức theo dõi tiến độ bằng /baocao.",
        "Only the unit's coordinator and the members named to report can send the unit's report (any member of the unit, when nobody is named). The organizers follow the progress with /baocao.");

    public static readonly Msg ReportNoOpenRound = new("Hiện không có đợt báo cáo nào đang mở cho đơn vị của Anh/Chị.", "No reporting round is open for your unit now.");

    public static readonly Msg ReportClosed = new(
        "Đã hết hạn gửi báo cáo ({0}); báo cáo không gửi hay sửa được nữa.",
        "The report deadline ({0}) has passed; the report can no longer be sent or changed.");

    public static readonly Msg ReportStart = new(
        "<b>Báo cáo hoạt động trang mạng xã hội – {0}</b>\nGiai đoạn {1}–{2}. Hạn gửi: {3}.\nMỗi trang của đơn vị: nền tảng, tên, đường dẫn, số người theo dõi, số bài viết từng năm, số quản trị viên và cộng tác viên. Gõ /huy để bỏ báo cáo đang soạn. Nếu Anh/Chị dùng lệnh khác giữa chừng, phần đã nhập được giữ: bấm lại \"📝 Gửi báo cáo\" để soạn tiếp.",
        "<b>Social page report – {0}</b>\nPeriod {1}–{2}. Deadline: {3}.\nFor each page of the unit: platform, name, link, followers, posts per year, administrators and collaborators. Type /huy to drop the draft. If you use another command in the middle, your answers are kept: press \"📝 Send the report\" again to go on.");

    public static readonly Msg AskPlatform = new("Trang {0}: nền tảng nào?", "Page {0}: which platform?");

    public static readonly Msg PlatformFacebook = new("Facebook", "Facebook");

    public static readonly Msg PlatformZaloOa = new("Zalo OA", "Zalo OA");

    public static readonly Msg WardPlatformWebsite = new("Trang thông tin điện tử", "Website");

    public static readonly Msg PlatformTikTok = new("TikTok", "TikTok");

    public static readonly Msg PlatformYouTube = new("YouTube", "YouTube");

    public static readonly Msg WardPlatformOther = new("Khác", "Other");

    public static readonly Msg AskPageName = new("Trang {0}: tên trang?", "Page {0}: the page's name?");

    public static readonly Msg AskPageUrl = new("Trang {0}: đường dẫn (ví dụ facebook.com/mttqphuong8)?", "Page {0}: its link (for example facebook.com/mttqphuong8)?");

    public static readonly Msg AskFollowers = new("Trang {0}: số người theo dõi hiện nay?", "Page {0}: how many followers now?");

    public static readonly Msg AskPosts = new("Trang {0}: số bài viết năm {1}?", "Page {0}: how many posts in {1}?");

    public static readonly Msg AskAdmins = new("Trang {0}: số quản trị viên?", "Page {0}: how many administrators?");

    public static readonly Msg AskCollaborators = new("Trang {0}: số cộng tác viên?", "Page {0}: how many collaborators?");

    public static readonly Msg AskMorePages = new("Đơn vị còn trang nào khác không?", "Does the unit run another page?");

    public static readonly Msg AddPage = new("➕ Thêm trang", "➕ Add a page");

    public static readonly Msg NoMorePages = new("Không, tiếp tục", "No, go on");

    public static readonly Msg AskOpinions = new("Số tin nắm bắt dư luận đã thu thập, chuyển tiếp trong năm {0}?", "Public-opinion items collected and forwarded in {0}?");

    public static readonly Msg AskFalseContent = new(
        "Số tin sai sự thật, thù địch đã phản bác hoặc báo cáo (cả giai đoạn)?",
        "False or hostile items answered or reported (whole period)?");

    public static readonly Msg AskDifficulties = new("Khó khăn, vướng mắc của đơn vị (gõ \"Không\" nếu không có)?", "The unit's difficulties (type \"Không\" if none)?");

    public static readonly Msg AskProposals = new("Đề xuất, kiến nghị của đơn vị (gõ \"Không\" nếu không có)?", "The unit's proposals (type \"Không\" if none)?");

    public static readonly Msg AskNominations = new(
        "<b>Đề xuất khen thưởng</b>\n{0}\nAnh/Chị thêm đề xuất (tập thể hoặc cá nhân) hay tiếp tục?",
        "<b>Nominations for commendation</b>\n{0}\nAdd a nomination (collective or person), or go on?");

    public static readonly Msg NoNominations = new("Chưa có đề xuất.", "No nomination yet.");

    public static readonly Msg AddNomination = new("➕ Thêm đề xuất", "➕ Add a nomination");

    public static readonly Msg RemoveNomination = new("🗑 Bỏ đề xuất {0}", "🗑 Remove nomination {0}");

    public static readonly Msg NominationsDone = new("Xong, xem lại báo cáo", "Done, review the report");

    public static readonly Msg AskNomineeKind = new("Đề xuất khen thưởng cho tập thể hay cá nhân?", "A collective or a person?");

    public static readonly Msg NomineeCollective = new("Tập thể", "Collective");

    public static readonly Msg NomineePerson = new("Cá nhân", "Person");

    public static readonly Msg AskNomineeName = new("Tên tập thể hoặc họ và tên cá nhân được đề xuất?", "The collective's or the person's name?");

    public static readonly Msg AskNomineeUnit = new("Đơn vị của tập thể, cá nhân được đề xuất?", "Their unit?");

    public static readonly Msg AskNomineeAchievement = new("Thành tích (một dòng)?", "The achievement (one line)?");

    public static readonly Msg NumberNotANumber = new("Anh/Chị vui lòng nhập một con số, ví dụ 1.250.", "Please type a number, for example 1,250.");

    public static readonly Msg NumberNegative = new("Số lượng không thể âm. Anh/Chị vui lòng nhập lại.", "A count cannot be negative. Please type it again.");

    public static readonly Msg NumberNotWhole = new("Số lượng phải là số nguyên (ví dụ 1.250 hoặc 1250). Anh/Chị vui lòng nhập lại.", "A count is a whole number (1,250 or 1250). Please type it again.");

    public static readonly Msg NumberTooLarge = new("Con số quá lớn, có thể nhập nhầm. Anh/Chị vui lòng nhập lại.", "That number is too large, perhaps a typo. Please type it again.");

    public static readonly Msg UrlInvalid = new(
        "Đường dẫn chưa đúng: cần một địa chỉ web, không có khoảng trắng, ví dụ facebook.com/mttqphuong8. Anh/Chị vui lòng nhập lại.",
        "That link is not right: one web address without spaces, for example facebook.com/mttqphuong8. Please type it again.");

    public static readonly Msg ReportTextTooLong = new("Nội dung dài quá {0} ký tự. Anh/Chị vui lòng rút gọn.", "That is longer than {0} characters. Please shorten it.");

    public static readonly Msg ReportReview = new(
        "<b>Xem lại báo cáo – {0}</b>\n\n{1}\n\nAnh/Chị kiểm tra rồi chọn Gửi, Sửa hoặc Hủy.",
        "<b>Please check the report – {0}</b>\n\n{1}\n\nCheck it, then choose Send, Change or Cancel.");

    public static readonly Msg ReportPageLine = new(
        "<b>Trang {0}: {1}</b> ({2})\n{3}\nNgười theo dõi: {4} · Bài viết: {5} · Quản trị viên: {6} · Cộng tác viên: {7}",
        "<b>Page {0}: {1}</b> ({2})\n{3}\nFollowers: {4} · Posts: {5} · Administrators: {6} · Collaborators: {7}");

    public static readonly Msg ReportUnitLines = new(
        "Nắm bắt dư luận: {0}\nTin sai sự thật đã xử lý: {1}\nKhó khăn: {2}\nĐề xuất: {3}\nĐề xuất khen thưởng:\n{4}",
        "Public-opinion items: {0}\nFalse content handled: {1}\nDifficulties: {2}\nProposals: {3}\nNominations:\n{4}");

    public static readonly Msg NominationLine = new("{0}. {1}: {2} – {3}: {4}", "{0}. {1}: {2} – {3}: {4}");

    public static readonly Msg ReportNoPages = new("(chưa có trang nào)", "(no page yet)");

    public static readonly Msg WardReportSend = new("✅ Gửi", "✅ Send");

    public static readonly Msg ReportEdit = new("✏️ Sửa", "✏️ Change");

    public static readonly Msg ReportCancel = new("Hủy", "Cancel");

    public static readonly Msg RemovePage = new("🗑 Bỏ một trang", "🗑 Remove a page");

    public static readonly Msg AskItem = new("Anh/Chị sửa mục nào?", "Which item do you want to change?");

    public static readonly Msg ItemPage = new("Trang {0}: {1}", "Page {0}: {1}");

    public static readonly Msg ItemOpinions = new("Nắm bắt dư luận", "Public-opinion items");

    public static readonly Msg ItemFalseContent = new("Tin sai sự thật", "False content");

    public static readonly Msg ItemDifficulties = new("Khó khăn", "Difficulties");

    public static readonly Msg ItemProposals = new("Đề xuất, kiến nghị", "Proposals");

    public static readonly Msg ItemNominations = new("Đề xuất khen thưởng", "Nominations");

    public static readonly Msg AskPageField = new("Trang {0}: sửa mục nào?", "Page {0}: which item?");

    public static readonly Msg FieldPlatform = new("Nền tảng", "Platform");

    public static readonly Msg FieldPageName = new("Tên trang", "Name");

    public static readonly Msg FieldUrl = new("Đường dẫn", "Link");

    public static readonly Msg FieldFollowers = new("Người theo dõi", "Followers");

    public static readonly Msg FieldPosts = new("Số bài viết", "Posts");

    public static readonly Msg FieldAdmins = new("Quản trị viên", "Administrators");

    public static readonly Msg FieldCollaborators = new("Cộng tác viên", "Collaborators");

    public static readonly Msg BackToReview = new("← Xem lại", "← Back to the review");

    public static readonly Msg AskRemovePage = new("Bỏ trang nào khỏi báo cáo?", "Which page should be removed?");

    public static readonly Msg ReportSent = new(
        "Đã ghi nhận báo cáo của {0} (lần gửi thứ {1}). Anh/Chị có thể sửa và gửi lại đến hạn {2}.",
        "The report of {0} is recorded (version {1}). You can change and send it again until {2}.");

    public static readonly Msg ReportCancelled = new("Đã hủy. Báo cáo đã gửi trước đó (nếu có) vẫn giữ nguyên.", "Cancelled. A report sent earlier, if any, stays as it was.");

    public static readonly Msg ReportReadOnly = new("<b>Báo cáo của {0} (chỉ xem)</b>\n\n{1}", "<b>Report of {0} (read only)</b>\n\n{1}");
}
