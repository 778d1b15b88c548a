namespace Domain.Text;

public static partial class Texts
{
    // ---- members: writing a comment ----

    public static readonly Msg CommentMembersOnly = new(
        "Chỉ thành viên đã được duyệt mới gửi ý kiến được. Gõ /start để đăng ký.",
        "Only approved members can send comments. Type /start to register.");

    public static readonly Msg NoMeetingTakesComments = new(
        "Hiện không có hội nghị nào đang nhận ý kiến thảo luận.",
        "No meeting is taking discussion comments now.");

    public static readonly Msg AskCommentMeeting = new("Anh/Chị gửi ý kiến cho hội nghị nào?", "Which meeting is your comment for?");

    public static readonly Msg AskCommentTopic = new(
        "<b>{0}</b>\nÝ kiến của Anh/Chị về nội dung nào?",
        "<b>{0}</b>\nWhich item is your comment about?");

    public static readonly Msg TopicOther = new("Nội dung khác", "Other");

    public static readonly Msg AskCommentText = new(
        "Mời Anh/Chị nhập ý kiến (tối đa 3.000 ký tự):",
        "Please type your comment (at most 3,000 characters):");

    public static readonly Msg CommentTooLong = new(
        "Ý kiến dài {0} ký tự, quá giới hạn 3.000 ký tự. Anh/Chị vui lòng rút gọn rồi gửi lại.",
        "Your comment has {0} characters, more than the 3,000 allowed. Please shorten it and send it again.");

    public static readonly Msg CommentTooShort = new(
        "Ý kiến quá ngắn. Anh/Chị vui lòng viết rõ ý kiến.",
        "The comment is too short. Please write out your comment.");

    public static readonly Msg AskSpeak = new(
        "Anh/Chị có đăng ký phát biểu ý kiến này tại hội nghị không?",
        "Do you wish to speak at the conference?");

    public static readonly Msg SpeakYes = new("🎤 Có, đăng ký phát biểu", "🎤 Yes, I wish to speak");

    public static readonly Msg SpeakNo = new("Không, chỉ gửi ý kiến", "No, written comment only");

    public static readonly Msg SpeakAnswerYes = new("Có", "Yes");

    public static readonly Msg SpeakAnswerNo = new("Không", "No");

    public static readonly Msg CommentPreview = new(
        "<b>Xem lại ý kiến</b>\nHội nghị: {0}\nNội dung: {1}\nĐăng ký phát biểu: {2}\n\n{3}",
        "<b>Please check your comment</b>\nMeeting: {0}\nTopic: {1}\nWishes to speak: {2}\n\n{3}");

    public static readonly Msg SendComment = new("Gửi", "Send");

    public static readonly Msg CommentFieldTopic = new("Nội dung góp ý", "Topic");

    public static readonly Msg CommentFieldText = new("Ý kiến", "Comment");

    public static readonly Msg CommentFieldSpeak = new("Đăng ký phát biểu", "Speaking");

    public static readonly Msg BackToCommentPreview = new("← Xem lại", "← Back to the preview");

    public static readonly Msg CommentSent = new(
        "Đã gửi ý kiến của Anh/Chị tới Ban Tổ chức. Cảm ơn Anh/Chị! Gõ /gopy để xem, sửa hoặc rút ý kiến trước giờ khai mạc.",
        "Your comment was sent to the organizers. Thank you! Type /gopy to see, change or withdraw it before the meeting starts.");

    public static readonly Msg CommentUpdated = new("Đã lưu thay đổi ý kiến của Anh/Chị.", "Your comment was changed.");

    public static readonly Msg CommentUnchanged = new("Ý kiến của Anh/Chị không thay đổi.", "Your comment is unchanged.");

    public static readonly Msg CommentsClosed = new(
        "Hội nghị đã khai mạc lúc {0}; ý kiến không còn gửi, sửa hay rút được. Anh/Chị vui lòng liên hệ Ban Tổ chức.",
        "The meeting started at {0}; comments can no longer be sent, changed or withdrawn. Please contact the organizers.");

    public static readonly Msg CommentGone = new("Không tìm thấy ý kiến này.", "This comment was not found.");

    // ---- members: their own comments ----

    public static readonly Msg MyCommentsHeader = new("<b>Ý kiến của Anh/Chị</b>", "<b>Your comments</b>");

    public static readonly Msg MyCommentLine = new(
        "<b>{0}.</b> {1} – {2}\n<i>{3}</i>\nĐăng ký phát biểu: {4}{5}",
        "<b>{0}.</b> {1} – {2}\n<i>{3}</i>\nWishes to speak: {4}{5}");

    public static readonly Msg MyCommentSelected = new(" · 🎤 được chọn phát biểu", " · 🎤 chosen to speak");

    public static readonly Msg MyCommentsFooter = new(
        "Anh/Chị có thể gửi ý kiến mới, sửa hoặc rút một ý kiến đến trước giờ khai mạc.",
        "You can send a new comment, or change or withdraw one, until the meeting starts.");

    public static readonly Msg NewComment = new("✍️ Gửi ý kiến mới", "✍️ Send a new comment");

    public static readonly Msg EditComment = new("✏️ Sửa {0}", "✏️ Change {0}");

    public static readonly Msg WithdrawComment = new("🗑 Rút {0}", "🗑 Withdraw {0}");

    public static readonly Msg ConfirmWithdraw = new(
        "Rút ý kiến này? Ban Tổ chức sẽ không còn thấy nội dung của nó.\n\n<i>{0}</i>",
        "Withdraw this comment? The organizers will no longer see what it says.\n\n<i>{0}</i>");

    public static readonly Msg WithdrawYes = new("Rút ý kiến", "Withdraw it");

    public static readonly Msg WithdrawNo = new("Không rút", "Keep it");

    public static readonly Msg CommentWithdrawn = new("Đã rút ý kiến của Anh/Chị.", "Your comment was withdrawn.");

    public static readonly Msg CommentKept = new("Ý kiến của Anh/Chị được giữ nguyên.", "Your comment was kept.");

    public static readonly Msg YourCommentSelected = new(
        "🎤 Ban Tổ chức đã chọn ý kiến của Đồng chí ({1}) để phát biểu tại <b>{0}</b>. Kính đề nghị Đồng chí chuẩn bị phần phát biểu.",
        "🎤 The organizers chose your comment ({1}) to be spoken at <b>{0}</b>. Please prepare to speak.");

    public static readonly Msg YourCommentUnselected = new(
        "Ban Tổ chức đã điều chỉnh danh sách phát biểu của <b>{0}</b>: ý kiến của Đồng chí ({1}) không còn trong danh sách.",
        "The organizers changed the speaking list of <b>{0}</b>: your comment ({1}) is no longer on it.");

    // ---- organizers: review ----

    public static readonly Msg CommentsReviewHeader = new(
        "<b>Ý kiến thảo luận: {0}</b>\nMới {1} · Đã xem {2} · Chọn phát biểu {3} · Ẩn {4} · Đã rút {5}",
        "<b>Discussion comments: {0}</b>\nNew {1} · Seen {2} · Speaking {3} · Hidden {4} · Withdrawn {5}");

    public static readonly Msg CommentsPageNew = new("Ý kiến mới – trang {0}/{1}", "New comments – page {0} of {1}");

    public static readonly Msg CommentsPageAll = new("Tất cả ý kiến – trang {0}/{1}", "All comments – page {0} of {1}");

    public static readonly Msg NoNewComments = new("Không có ý kiến mới.", "There are no new comments.");

    public static readonly Msg NoComments = new("Chưa có ý kiến nào.", "There are no comments yet.");

    public static readonly Msg CommentCard = new(
        "<b>{0}</b>\n👤 {1} – {2}\n🕗 {3}{4}\nĐăng ký phát biểu: {5} · Trạng thái: {6}\n\n{7}",
        "<b>{0}</b>\n👤 {1} – {2}\n🕗 {3}{4}\nWishes to speak: {5} · Status: {6}\n\n{7}");

    public static readonly Msg CommentEditedNote = new(" (đã sửa lúc {0})", " (changed at {0})");

    public static readonly Msg CommentAuthorErased = new("(đã xóa dữ liệu)", "(data deleted)");

    public static readonly Msg CommentStatusNew = new("Mới", "New");

    public static readonly Msg CommentStatusSeen = new("Đã xem", "Seen");

    public static readonly Msg CommentStatusHidden = new("Đã ẩn", "Hidden");

    public static readonly Msg CommentStatusSelected = new("Chọn phát biểu", "Chosen to speak");

    public static readonly Msg CommentStatusWithdrawn = new("Đã rút", "Withdrawn");

    public static readonly Msg MarkCommentSeen = new("Đã xem", "Seen");

    public static readonly Msg MarkCommentHidden = new("Ẩn", "Hide");

    public static readonly Msg MarkCommentSelected = new("Chọn phát biểu", "Pick to speak");

    public static readonly Msg UnhideComment = new("Bỏ ẩn", "Unhide");

    public static readonly Msg UnselectComment = new("Bỏ chọn phát biểu", "Remove from the speakers");

    public static readonly Msg CommentsPreviousPage = new("◀ Trang trước", "◀ Previous page");

    public static readonly Msg CommentsNextPage = new("Trang sau ▶", "Next page ▶");

    public static readonly Msg ShowAllComments = new("📋 Tất cả ý kiến", "📋 All comments");

    public static readonly Msg ShowNewComments = new("🆕 Ý kiến mới", "🆕 New comments");

    public static readonly Msg SpeakersButton = new("🎤 Danh sách phát biểu", "🎤 Speaking list");

    public static readonly Msg CommentUnitsButton = new("🏢 Theo đơn vị", "🏢 By unit");

    public static readonly Msg CommentsExportButton = new("📥 Xuất XLSX, CSV", "📥 Export XLSX, CSV");

    public static readonly Msg CommentReviewDone = new("Đã cập nhật ý kiến của {0} ({1}): {2}.", "The comment of {0} ({1}) is now: {2}.");

    public static readonly Msg CommentReviewUnchanged = new("Ý kiến của {0} ({1}) vẫn là: {2}.", "The comment of {0} ({1}) is still: {2}.");

    public static readonly Msg CommentReviewWithdrawn = new("Ý kiến này đã được tác giả rút.", "Its author withdrew this comment.");

    // ---- organizers: speaking list ----

    public static readonly Msg SpeakersHeader = new(
        "<b>Danh sách phát biểu: {0}</b>\nThứ tự để người dẫn chương trình mời phát biểu:",
        "<b>Speaking list: {0}</b>\nThe order in which the MC invites the speakers:");

    public static readonly Msg SpeakersLine = new("{0}. {1} ({2}) – {3}", "{0}. {1} ({2}) – {3}");

    public static readonly Msg SpeakersNone = new("Chưa chọn ý kiến nào để phát biểu.", "No comment has been chosen to be spoken yet.");

    public static readonly Msg SpeakerUp = new("⬆ {0}", "⬆ {0}");

    public static readonly Msg SpeakerDown = new("⬇ {0}", "⬇ {0}");

    public static readonly Msg BackToComments = new("← Ý kiến", "← Comments");

    public static readonly Msg SpeakerNotSelected = new(
        "Ý kiến này không còn trong danh sách phát biểu.",
        "This comment is no longer on the speaking list.");

    // ---- organizers: units ----

    public static readonly Msg CommentUnitsHeader = new("<b>Ý kiến theo đơn vị: {0}</b>", "<b>Comments by unit: {0}</b>");

    public static readonly Msg CommentUnitSubmitted = new("✅ {0}: {1} ý kiến", "✅ {0}: {1} comments");

    public static readonly Msg CommentUnitMissing = new("⬜ {0}: chưa gửi", "⬜ {0}: nothing yet");

    public static readonly Msg CommentUnitNotOnBot = new(
        "⬜ {0}: chưa gửi (chưa có thành viên dùng Trợ lý)",
        "⬜ {0}: nothing yet (no member on the bot)");

    public static readonly Msg CommentUnitsTotal = new("Đã gửi: <b>{0}</b>/{1} đơn vị.", "Sent: <b>{0}</b> of {1} units.");

    public static readonly Msg CommentRemindButton = new("🔔 Nhắc {0} đơn vị chưa gửi", "🔔 Remind the {0} units without a comment");

    public static readonly Msg CommentReminder = new(
        "🔔 Ban Tổ chức kính đề nghị {0} chuẩn bị ý kiến cho phần Trao đổi – Thảo luận của <b>{1}</b> ({2}). Gõ /gopy hoặc chọn bên dưới để gửi ý kiến.",
        "🔔 The organizers ask {0} to prepare comments for the discussion segment of <b>{1}</b> ({2}). Type /gopy or choose below to send one.");

    public static readonly Msg CommentRemindSent = new(
        "Đã gửi lời nhắc tới {0} thành viên của {1} đơn vị chưa gửi ý kiến.",
        "A reminder went to {0} members of {1} units without a comment.");

    public static readonly Msg CommentRemindUnreachable = new(
        "{0} đơn vị chưa có thành viên dùng Trợ lý nên không nhắc được.",
        "{0} units have no member on the bot and could not be reminded.");

    public static readonly Msg CommentRemindNothing = new("Mọi đơn vị đều đã gửi ý kiến.", "Every unit has sent a comment.");

    public static readonly Msg CommentsExportCaption = new("Ý kiến thảo luận: {0}", "Discussion comments: {0}");
}
