namespace Domain.Text;

public static partial class Texts
{
    // The campaign as members see it.
    public static readonly Msg CampaignHeading = new("📣 <b>Chiến dịch: {0}</b>", "📣 <b>Campaign: {0}</b>");

    public static readonly Msg CampaignLinkLine = new("🔗 Bài viết: {0}", "🔗 Post: {0}");

    public static readonly Msg CampaignActionLine = new("<b>Đề nghị Đồng chí:</b> {0}", "<b>Please:</b> {0}");

    public static readonly Msg CampaignDeadlineLine = new("<b>Hạn thực hiện:</b> {0}", "<b>Deadline:</b> {0}");

    public static readonly Msg CampaignProofRequired = new(
        "Thực hiện xong, Đồng chí bấm ✅ và gửi liên kết bài chia sẻ hoặc ảnh chụp màn hình.",
        "When done, press ✅ and send the link of your share or a screenshot.");

    public static readonly Msg CampaignProofOptional = new("Thực hiện xong, Đồng chí bấm ✅.", "When done, press ✅.");

    public static readonly Msg CampaignDoneButton = new("✅ Đã thực hiện", "✅ Done");

    public static readonly Msg CampaignCouldNotButton = new("Không thực hiện được", "Could not do it");

    public static readonly Msg CampaignReminder = new(
        "Kính nhắc Đồng chí: chiến dịch <b>{0}</b> hết hạn lúc {1}. Đồng chí chưa phản hồi; thực hiện xong, Đồng chí bấm ✅.",
        "Reminder: the campaign <b>{0}</b> ends at {1}. You have not reported yet; when done, press ✅.");

    // Composing.
    public static readonly Msg CampaignAskTitle = new(
        "<b>Tạo chiến dịch</b>\nAnh/Chị gõ tên chiến dịch (tối đa 150 ký tự). Gõ \"Hủy\" để thôi.",
        "<b>New campaign</b>\nType the campaign's title (up to 150 characters). Type \"Cancel\" to stop.");

    public static readonly Msg CampaignAskContent = new(
        "Anh/Chị gõ nội dung cần chia sẻ, hoặc dán liên kết bài viết chính thức (Facebook, Zalo, TikTok, YouTube, trang tin).",
        "Type the text to share, or paste the link of the official post (Facebook, Zalo, TikTok, YouTube, a website).");

    public static readonly Msg CampaignAskPicture = new("Anh/Chị gửi ảnh kèm theo (nếu có).", "Send a picture to go with it (optional).");

    public static readonly Msg CampaignNoPicture = new("Không kèm ảnh", "No picture");

    public static readonly Msg CampaignPictureExpected = new("Anh/Chị gửi một ảnh, hoặc bấm \"Không kèm ảnh\".", "Send a photo, or press \"No picture\".");

    public static readonly Msg CampaignAskAction = new(
        "Thành viên cần làm gì? Ví dụ: chia sẻ bài viết; bình luận ủng hộ; đăng vào nhóm Zalo khu phố.",
        "What should members do? For example: share the post; comment in support; post it in the neighbourhood Zalo group.");

    public static readonly Msg CampaignAskDeadline = new(
        "Hạn thực hiện? Ví dụ: 20g00 15/12/2026 (chỉ ghi ngày thì là 08g00), hoặc 3 ngày (20g00 ngày thứ ba kể từ hôm nay).",
        "Deadline? For example: 20g00 15/12/2026 (a date alone means 08:00), or 3 days (20:00 three days from today).");

    public static readonly Msg CampaignAskProof = new("Thành viên có phải gửi minh chứng (liên kết hoặc ảnh chụp màn hình) không?", "Must members send proof (a link or a screenshot)?");

    public static readonly Msg CampaignProofYes = new("Có, bắt buộc minh chứng", "Yes, proof required");

    public static readonly Msg CampaignProofNo = new("Không bắt buộc", "Not required");

    public static readonly Msg CampaignStartOver = new("Soạn lại", "Start over");

    public static readonly Msg CampaignTitleLength = new("Tên chiến dịch từ 1 đến {0} ký tự.", "The title has 1 to {0} characters.");

    public static readonly Msg CampaignTextLength = new("Nội dung từ 1 đến {0} ký tự.", "The text has 1 to {0} characters.");

    public static readonly Msg CampaignActionLength = new("Việc cần làm từ 1 đến {0} ký tự.", "What to do has 1 to {0} characters.");

    public static readonly Msg CampaignBadLink = new(
        "Liên kết \"{0}\" không hợp lệ. Anh/Chị dán liên kết đầy đủ, bắt đầu bằng https://.",
        "The link \"{0}\" is not valid. Paste the whole link, starting with https://.");

    public static readonly Msg CampaignDeadlineUnreadable = new("Chưa đọc được thời hạn. Ví dụ: 20g00 15/12/2026.", "That time could not be read. For example: 20g00 15/12/2026.");

    public static readonly Msg CampaignDeadlinePast = new("Thời hạn {0} đã qua. Anh/Chị gõ một thời hạn sắp tới.", "{0} has passed. Type a time ahead.");

    public static readonly Msg CampaignDeadlineTooFar = new("Thời hạn tối đa {0} ngày kể từ hôm nay.", "The deadline is at most {0} days from today.");

    public static readonly Msg CampaignTryAgain = new("Vừa gửi một chiến dịch; Anh/Chị bấm lại sau vài giây.", "A campaign was just sent; press again in a few seconds.");

    // Answering.
    public static readonly Msg CampaignAskProofRequired = new(
        "Chiến dịch <b>{0}</b>: Anh/Chị gửi liên kết bài chia sẻ (một hoặc nhiều, cách nhau bằng dấu cách hoặc xuống dòng), hoặc ảnh chụp màn hình nếu chia sẻ trong nhóm kín.",
        "Campaign <b>{0}</b>: send the link of your share (one or more, separated by spaces or new lines), or a screenshot if you shared in a private group.");

    public static readonly Msg CampaignDoneAskProof = new(
        "Đã ghi nhận Anh/Chị đã thực hiện chiến dịch <b>{0}</b>. Anh/Chị có thể gửi liên kết hoặc ảnh chụp màn hình làm minh chứng, hoặc bấm Bỏ qua.",
        "Noted: you did the campaign <b>{0}</b>. You may send a link or a screenshot as proof, or press Skip.");

    public static readonly Msg CampaignProofSaved = new(
        "Đã ghi nhận minh chứng: {0} liên kết, {1} ảnh. Anh/Chị gửi thêm, hoặc bấm Xong.",
        "Proof noted: {0} links, {1} pictures. Send more, or press Done.");

    public static readonly Msg CampaignProofDone = new("Xong", "Done");

    public static readonly Msg CampaignProofExpected = new(
        "Anh/Chị gửi liên kết bài chia sẻ hoặc một ảnh chụp màn hình.",
        "Send the link of your share or a screenshot.");

    public static readonly Msg CampaignNotALink = new(
        "\"{0}\" không phải liên kết hợp lệ. Anh/Chị gửi liên kết bắt đầu bằng https://, hoặc ảnh chụp màn hình.",
        "\"{0}\" is not a valid link. Send a link starting with https://, or a screenshot.");

    public static readonly Msg CampaignTooManyPhotos = new("Đã đủ {0} ảnh. Anh/Chị bấm Xong.", "That makes {0} pictures, the most. Press Done.");

    public static readonly Msg CampaignAskReason = new("Đã ghi nhận. Anh/Chị có thể gõ lý do (không bắt buộc), hoặc bấm Bỏ qua.", "Noted. You may type a reason (optional), or press Skip.");

    public static readonly Msg CampaignThanksDone = new("Cảm ơn Anh/Chị đã thực hiện chiến dịch <b>{0}</b>.", "Thank you for doing the campaign <b>{0}</b>.");

    public static readonly Msg CampaignThanksCouldNot = new("Đã ghi nhận Anh/Chị không thực hiện được chiến dịch <b>{0}</b>.", "Noted: you could not do the campaign <b>{0}</b>.");

    public static readonly Msg CampaignMembersOnly = new("Chỉ thành viên đã được duyệt mới báo cáo được chiến dịch.", "Only approved members can report on a campaign.");

    public static readonly Msg CampaignEnded = new("Chiến dịch đã kết thúc.", "The campaign has ended.");

    // Organizers: /chiendich.
    public static readonly Msg CampaignNone = new("Chưa có chiến dịch nào.", "No campaigns yet.");

    public static readonly Msg CampaignList = new("<b>Chiến dịch</b> (🟢 đang diễn ra) – chọn để xem tiến độ:", "<b>Campaigns</b> (🟢 running) – choose one to see its progress:");

    public static readonly Msg CampaignNew = new("➕ Tạo chiến dịch", "➕ New campaign");

    public static readonly Msg CampaignSummaryButton = new("📊 Tổng kết", "📊 Summary");

    public static readonly Msg CampaignProgressHeading = new("<b>{0}</b>\nHạn thực hiện: {1}\nGửi tới: {2}", "<b>{0}</b>\nDeadline: {1}\nSent to: {2}");

    public static readonly Msg CampaignProgressUnit = new("{0}: ✅ {1} · ✖ {2} · ⏳ {3}", "{0}: ✅ {1} · ✖ {2} · ⏳ {3}");

    public static readonly Msg CampaignProgressTotal = new(
        "<b>Tổng:</b> ✅ đã thực hiện {0} · ✖ không thực hiện được {1} · ⏳ chưa phản hồi {2} / {3} người ({4}% hoàn thành)",
        "<b>Total:</b> ✅ done {0} · ✖ could not {1} · ⏳ no report {2} / {3} people ({4}% done)");

    public static readonly Msg CampaignProofsButton = new("Minh chứng", "Proofs");

    public static readonly Msg CampaignExportButton = new("Xuất XLSX, CSV", "Export XLSX, CSV");

    public static readonly Msg CampaignRemindButton = new("🔔 Nhắc {0} người chưa phản hồi", "🔔 Remind {0} without a report");

    public static readonly Msg CampaignBackToList = new("« Danh sách chiến dịch", "« Campaigns");

    public static readonly Msg CampaignBackToProgress = new("« Tiến độ", "« Progress");

    public static readonly Msg CampaignProofsHeading = new("<b>Minh chứng – {0}</b>", "<b>Proofs – {0}</b>");

    public static readonly Msg CampaignProofsUnit = new("\n<b>{0}</b>", "\n<b>{0}</b>");

    public static readonly Msg CampaignProofLine = new("✅ {0}: {1} (ảnh: {2})", "✅ {0}: {1} (pictures: {2})");

    public static readonly Msg CampaignCouldNotLine = new("✖ {0}: {1}", "✖ {0}: {1}");

    public static readonly Msg CampaignNoProofs = new("Chưa có ai phản hồi.", "Nobody has reported yet.");

    public static readonly Msg CampaignRemindNothing = new("Mọi người đã phản hồi.", "Everyone has reported.");

    public static readonly Msg CampaignRemindAudience = new("chưa phản hồi chiến dịch \"{0}\"", "no report on the campaign \"{0}\"");

    public static readonly Msg CampaignRemindSent = new("Đang gửi lời nhắc tới {0} người.", "Sending the reminder to {0} people.");

    public static readonly Msg CampaignExportCaption = new("Kết quả chiến dịch {0}", "Results of the campaign {0}");

    public static readonly Msg CampaignOutcomeDone = new("Đã thực hiện", "Done");

    public static readonly Msg CampaignOutcomeCouldNot = new("Không thực hiện được", "Could not");

    public static readonly Msg CampaignOutcomeNone = new("Chưa phản hồi", "No report");

    // The monthly summary.
    public static readonly Msg CampaignSummaryEmpty = new("Tháng {0} không có chiến dịch nào.", "No campaigns in {0}.");

    public static readonly Msg CampaignSummaryHeading = new("<b>Tổng kết chiến dịch tháng {0}</b>: {1} chiến dịch", "<b>Campaign summary for {0}</b>: {1} campaigns");

    public static readonly Msg CampaignSummaryCampaign = new("• {0} ({1} người nhận)", "• {0} ({1} recipients)");

    public static readonly Msg CampaignSummaryUnitsHeading = new("\n<b>Tỷ lệ hoàn thành theo đơn vị</b>", "\n<b>Completion per unit</b>");

    public static readonly Msg CampaignSummaryUnit = new("{0}: {1}% ({2}/{3})", "{0}: {1}% ({2}/{3})");

    public static readonly Msg CampaignSummaryTotal = new("<b>Toàn Tổ: {0}% ({1}/{2})</b>", "<b>Whole team: {0}% ({1}/{2})</b>");

    public static readonly Msg CampaignSummaryMembersHeading = new("\n<b>Theo thành viên</b> ({0}/{1} người, cao nhất trước)", "\n<b>Per member</b> ({0}/{1} people, highest first)");

    public static readonly Msg CampaignSummaryMember = new("{0} – {1}: {2}/{3} ({4}%)", "{0} – {1}: {2}/{3} ({4}%)");

    public static readonly Msg CampaignChartTitle = new("Tỷ lệ hoàn thành chiến dịch tháng {0}", "Campaign completion, {0}");

    public static readonly Msg CampaignChartSummary = new("{0} chiến dịch · toàn Tổ {1}%", "{0} campaigns · whole team {1}%");

    public static readonly Msg CampaignSummaryMore = new("Xem tháng khác:", "Another month:");

    public static readonly Msg CampaignSummaryPrevious = new("« Tháng trước", "« Previous month");
}
