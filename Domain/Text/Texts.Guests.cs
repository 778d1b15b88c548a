namespace Domain.Text;

/// <summary>Guests, the formal invitation, the door's check-in and the sign-in sheet.</summary>
public static partial class Texts
{
    // The formal invitation block (the plan's letter).

    public static readonly Msg FormalHeading = new("<b>{0}</b>", "<b>{0}</b>");

    public static readonly Msg FormalPlanNumber = new("Số: {0}", "No. {0}");

    /// <summary>{0} place, {1} day, {2} month, {3} year.</summary>
    public static readonly Msg FormalIssued = new("<i>{0}, ngày {1} tháng {2} năm {3}</i>", "<i>{0}, {1}/{2}/{3}</i>");

    public static readonly Msg FormalInvitationTitle = new("<b>THƯ MỜI</b>", "<b>INVITATION</b>");

    /// <summary>{0} name, {1} " – position, unit" (what is known) or nothing, {2} the meeting's title.</summary>
    public static readonly Msg FormalInviteNamed = new(
        "Trân trọng kính mời Đồng chí <b>{0}</b>{1}\ntham dự <b>{2}</b>.",
        "We respectfully invite <b>{0}</b>{1}\nto attend <b>{2}</b>.");

    public static readonly Msg FormalInviteAnyone = new(
        "Trân trọng kính mời Đồng chí tham dự <b>{0}</b>.",
        "We respectfully invite you to attend <b>{0}</b>.");

    public static readonly Msg FormalTime = new("🕗 Thời gian: {0}", "🕗 Time: {0}");

    public static readonly Msg FormalVenue = new("📍 Địa điểm: {0}", "📍 Venue: {0}");

    public static readonly Msg FormalClosing = new("Rất mong sự hiện diện của Đồng chí.", "We look forward to your presence.");

    /// <summary>{0} the signer's title (lines), {1} the signer's name.</summary>
    public static readonly Msg FormalSignature = new("<b>{0}</b>\n\n<b>{1}</b>", "<b>{0}</b>\n\n<b>{1}</b>");

    // /sukien: the formal particulars.

    public static readonly Msg EditPlanNumber = new("Sửa số kế hoạch", "Change the plan number");

    public static readonly Msg EditSigner = new("Sửa người ký", "Change the signer");

    public static readonly Msg EditIssued = new("Sửa nơi, ngày ban hành", "Change the place and date of issue");

    public static readonly Msg AskPlanNumber = new("Số kế hoạch (ví dụ: 27/KH-MTTQ-BTT)?", "The plan number (for example 27/KH-MTTQ-BTT)?");

    public static readonly Msg AskSigner = new(
        "Chức danh và họ tên người ký, cách nhau bằng dấu |; các dòng chức danh cách nhau bằng dấu ;\nVí dụ: TM. BAN THƯỜNG TRỰC; PHÓ CHỦ TỊCH | Trần Nam Đức",
        "The signer's title and name, separated by |; title lines separated by ;\nFor example: TM. BAN THƯỜNG TRỰC; PHÓ CHỦ TỊCH | Trần Nam Đức");

    public static readonly Msg AskIssued = new(
        "Nơi và ngày ban hành, cách nhau bằng dấu |\nVí dụ: Chợ Lớn | 21/4/2023",
        "The place and date of issue, separated by |\nFor example: Chợ Lớn | 21/4/2023");

    /// <summary>{0} plan number, {1} place, {2} date, {3} signer's title, {4} signer's name.</summary>
    public static readonly Msg MeetingCardIssuing = new(
        "Số kế hoạch: {0}\nNơi, ngày ban hành: {1}, {2}\nNgười ký: {3} – {4}",
        "Plan number: {0}\nIssued at: {1}, {2}\nSigned by: {3} – {4}");

    public static readonly Msg GuestInviteButton = new("✉️ Mời khách", "✉️ Invite guests");

    // /khach: the organizer's guest list.

    public static readonly Msg GuestGroup = new("Khách mời", "Guests");

    /// <summary>{0} meeting, {1} guests, {2} of them with an answer.</summary>
    public static readonly Msg GuestMenu = new(
        "<b>Khách mời – {0}</b>\nĐã mời: {1} khách, {2} khách đã xác nhận tham dự hoặc báo vắng.",
        "<b>Guests – {0}</b>\nInvited: {1}; {2} have answered.");

    public static readonly Msg GuestAddButton = new("➕ Thêm khách mời", "➕ Add a guest");

    public static readonly Msg GuestImportButton = new("📋 Nhập danh sách khách mời", "📋 Import a guest list");

    public static readonly Msg GuestListButton = new("👥 Xem danh sách khách mời", "👥 See the guests");

    public static readonly Msg GuestAskLine = new(
        "Anh/Chị gõ một dòng: Họ và tên | Đơn vị | Chức vụ | Số điện thoại (không bắt buộc).\nVí dụ: Nguyễn Văn An | Ban Dân vận Quận ủy | Phó Trưởng ban",
        "Type one line: Full name | Unit | Position | Phone (optional).\nFor example: Nguyễn Văn An | Ban Dân vận Quận ủy | Phó Trưởng ban");

    public static readonly Msg GuestAskList = new(
        "Anh/Chị dán danh sách, mỗi khách một dòng như tệp CSV: Họ và tên, Đơn vị, Chức vụ, Số điện thoại (tối đa {0} dòng). Trợ lý gửi lại tệp CSV có đường dẫn mời của từng khách.",
        "Paste the list, one guest a line as in a CSV file: Full name, Unit, Position, Phone (at most {0} lines). The assistant sends back a CSV file with each guest's link.");

    public static readonly Msg GuestLineInvalid = new(
        "Dòng này chưa đúng. Anh/Chị gõ: Họ và tên | Đơn vị | Chức vụ | Số điện thoại (không bắt buộc).",
        "That line is not right. Type: Full name | Unit | Position | Phone (optional).");

    public static readonly Msg GuestListInvalid = new("Danh sách cần từ 1 đến {0} dòng.", "The list needs 1 to {0} lines.");

    /// <summary>{0} name, {1} Telegram link, {2} typed command, {3} when it stops working.</summary>
    public static readonly Msg GuestLinkCreated = new(
        "Đã tạo thư mời cho <b>{0}</b>. Đường dẫn chỉ dùng cho một người, hiệu lực đến {3}; Trợ lý chỉ hiện một lần:\nTelegram: {1}\nZalo: <code>{2}</code>",
        "Invitation made for <b>{0}</b>. The link is for one person, valid until {3}; it is shown only this once:\nTelegram: {1}\nZalo: <code>{2}</code>");

    public static readonly Msg GuestNoTelegramLink = new("(chưa cấu hình tên Telegram của Trợ lý)", "(the assistant's Telegram name is not configured)");

    public static readonly Msg GuestImported = new("Đã tạo {0} thư mời. Tệp kèm theo có đường dẫn của từng khách.", "{0} invitations made. The attached file has each guest's link.");

    public static readonly Msg GuestImportedSkipped = new(
        "Đã tạo {0} thư mời. Các dòng chưa đúng, chưa tạo: {1}.",
        "{0} invitations made. Lines not understood, not made: {1}.");

    public static readonly Msg GuestNone = new("Chưa có khách mời nào.", "There are no guests yet.");

    public static readonly Msg GuestListHeader = new("<b>Khách mời – {0}</b> ({1})", "<b>Guests – {0}</b> ({1})");

    /// <summary>{0} number, {1} name, {2} position, {3} unit, {4} answer, {5} a tick when present.</summary>
    public static readonly Msg GuestListLine = new("{0}. {1} – {2}, {3}: {4}{5}", "{0}. {1} – {2}, {3}: {4}{5}");

    public static readonly Msg GuestNotOpened = new("chưa mở thư mời", "has not opened the invitation");

    // The guest's side.

    public static readonly Msg GuestLinkInvalid = new(
        "Đường dẫn mời này không đúng; Đồng chí vui lòng liên hệ Ban Tổ chức.",
        "This invitation link is not valid; please contact the organizers.");

    public static readonly Msg GuestLinkUsed = new(
        "Thư mời này đã được mở trên một tài khoản khác; Đồng chí vui lòng liên hệ Ban Tổ chức.",
        "This invitation was already opened from another account; please contact the organizers.");

    public static readonly Msg GuestLinkExpired = new(
        "Thư mời này đã hết hiệu lực vì hội nghị đã kết thúc.",
        "This invitation is no longer valid: the meeting has ended.");

    /// <summary>{0} the committee's full name.</summary>
    public static readonly Msg GuestConsentQuestion = new(
        "Để ghi nhận xác nhận tham dự, {0} cần lưu họ tên và xác nhận tham dự của Đồng chí cho đến khi hội nghị kết thúc và lập danh sách. Đồng chí có đồng ý không?",
        "To record your answer, {0} needs to keep your name and answer until the meeting is over and its lists are made. Do you agree?");

    public static readonly Msg GuestConsentYes = new("Đồng ý", "I agree");

    public static readonly Msg GuestConsentNo = new("Không đồng ý", "I do not agree");

    public static readonly Msg GuestConsentRefused = new(
        "Trợ lý không lưu gì. Đồng chí có thể mở lại đường dẫn mời khi cần.",
        "Nothing was kept. You can open the invitation link again at any time.");

    public static readonly Msg GuestConsentPending = new("Đồng chí vui lòng chọn một trong hai nút ở trên.", "Please choose one of the two buttons above.");

    /// <summary>{0} the current answer.</summary>
    public static readonly Msg GuestAskAnswer = new("Xác nhận tham dự: <b>{0}</b>\nĐồng chí vui lòng chọn:", "Your answer: <b>{0}</b>\nPlease choose:");

    public static readonly Msg GuestAnswerShown = new("Xác nhận tham dự: <b>{0}</b>.", "Your answer: <b>{0}</b>.");

    public static readonly Msg GuestAnswerInvalid = new("Trợ lý chưa đọc được câu này; Đồng chí vui lòng gõ lại.", "The assistant could not read that; please type it again.");

    // /diemdanh: the door.

    public static readonly Msg CheckInHowTo = new(
        "Anh/Chị quét mã QR tại bàn đón tiếp hoặc gõ /diemdanh và mã 6 ký tự in dưới mã QR, ví dụ: /diemdanh K7M2QX",
        "Scan the QR code at the welcome desk or type /diemdanh and the 6-character code under it, for example: /diemdanh K7M2QX");

    /// <summary>{0} when check-in opens, {1} when the meeting ends.</summary>
    public static readonly Msg CheckInNotYet = new("Điểm danh mở từ {0} đến {1}.", "Check-in is open from {0} to {1}.");

    public static readonly Msg CheckInClosed = new("Điểm danh của hội nghị này đã đóng.", "Check-in for this meeting is closed.");

    /// <summary>{0} the code, {1} meeting, {2} when it closes.</summary>
    public static readonly Msg CheckInQrCaption = new(
        "Điểm danh – {1}\nMã: <b>{0}</b> (hiệu lực đến {2})",
        "Check-in – {1}\nCode: <b>{0}</b> (valid until {2})");

    /// <summary>Printed under the QR code; {0} the code.</summary>
    public static readonly Msg CheckInQrUnder = new("/diemdanh {0}", "/diemdanh {0}");

    public static readonly Msg CheckInOpened = new(
        "Đã mở điểm danh. Mã: <b>{0}</b>. In hoặc chiếu mã QR ở bàn đón tiếp; gõ /diemdanh lần nữa sẽ hiện lại đúng mã này.",
        "Check-in is open. Code: <b>{0}</b>. Print or show the QR code at the welcome desk; /diemdanh again shows this same code.");

    public static readonly Msg CheckInRotated = new("Đã đổi mã điểm danh. Mã mới: <b>{0}</b>; mã cũ không còn dùng được.", "The check-in code was changed. New code: <b>{0}</b>; the old one no longer works.");

    public static readonly Msg CheckInRotateButton = new("🔄 Đổi mã", "🔄 New code");

    public static readonly Msg CheckInHandButton = new("✍️ Điểm danh hộ", "✍️ Check someone in");

    public static readonly Msg CheckInCodeWrong = new("Mã điểm danh không đúng hoặc đã được đổi.", "The check-in code is wrong or was changed.");

    public static readonly Msg CheckInLinkInvalid = new("Mã QR điểm danh này không đúng hoặc đã được đổi.", "This check-in QR code is wrong or was changed.");

    /// <summary>{0} when they may try again.</summary>
    public static readonly Msg CheckInWait = new("Anh/Chị đã nhập sai nhiều lần; vui lòng thử lại sau {0}.", "Too many wrong tries; please try again after {0}.");

    /// <summary>{0} name, {1} meeting.</summary>
    public static readonly Msg CheckInDone = new("✅ Đã điểm danh: <b>{0}</b> – {1}.", "✅ Checked in: <b>{0}</b> – {1}.");

    public static readonly Msg CheckInDoneDelegate = new("✅ Đã điểm danh người dự thay: <b>{0}</b> – {1}.", "✅ Checked in as someone sent instead: <b>{0}</b> – {1}.");

    /// <summary>{0} name, {1} when.</summary>
    public static readonly Msg CheckInAlready = new("{0} đã điểm danh lúc {1}.", "{0} already checked in at {1}.");

    public static readonly Msg CheckInAskDelegateName = new(
        "Anh/Chị là Người dự thay? Vui lòng gõ họ và tên của Anh/Chị đúng như người cử Anh/Chị đã báo.",
        "Were you sent in someone's place? Please type your full name as the person who sent you gave it.");

    public static readonly Msg CheckInDelegateUnknown = new(
        "Trợ lý không tìm thấy tên này trong danh sách Người dự thay; Anh/Chị vui lòng gặp Ban Tổ chức tại bàn đón tiếp.",
        "This name is not among the people sent instead; please see the organizers at the welcome desk.");

    /// <summary>{0} meeting.</summary>
    public static readonly Msg CheckInChooseUnit = new("Điểm danh hộ – {0}. Chọn đơn vị:", "Check someone in – {0}. Choose a unit:");

    /// <summary>{0} group, {1} present, {2} expected.</summary>
    public static readonly Msg CheckInGroupLabel = new("{0} ({1}/{2})", "{0} ({1}/{2})");

    /// <summary>{0} group.</summary>
    public static readonly Msg CheckInChoosePerson = new("{0}: chọn người đã có mặt.", "{0}: choose who has arrived.");

    public static readonly Msg CheckInGroupDone = new("{0}: mọi người đã điểm danh.", "{0}: everyone has checked in.");

    public static readonly Msg CheckInBackToUnits = new("↩️ Chọn đơn vị khác", "↩️ Another unit");

    public static readonly Msg CheckInNobody = new("Chưa có ai trong danh sách điểm danh.", "There is no one to check in yet.");

    /// <summary>{0} the person sent, {1} the member who sent them.</summary>
    public static readonly Msg CheckInDelegateLabel = new("{0} (dự thay {1})", "{0} (instead of {1})");

    public static readonly Msg CheckInConfirmHand = new("Điểm danh cho <b>{0}</b>?", "Check in <b>{0}</b>?");

    // /thongke and /xuatds.

    /// <summary>{0} group name, {1} attending, {2} declined, {3} sending someone, {4} not answered.</summary>
    public static readonly Msg StatsGuests = new(
        "<b>{0}</b>: {1} tham dự, {2} không tham dự, {3} cử người dự thay, {4} chưa xác nhận",
        "<b>{0}</b>: {1} attending, {2} not attending, {3} sending someone, {4} not answered");

    public static readonly Msg StatsPresentHeader = new("<b>Đã có mặt</b>", "<b>Arrived</b>");

    public static readonly Msg StatsPresentLine = new("• {0}: {1}", "• {0}: {1}");

    public static readonly Msg StatsPresentTotal = new("Tổng cộng đã có mặt: <b>{0}</b>", "Arrived in total: <b>{0}</b>");

    public static readonly Msg StatsNotArrivedHeader = new("<b>Xác nhận tham dự nhưng chưa đến ({0})</b>", "<b>Attending but not arrived ({0})</b>");

    public static readonly Msg StatsNotArrivedMore = new("… và {0} người khác", "… and {0} more");

    public static readonly Msg PresencePresent = new("Có mặt", "Present");

    public static readonly Msg PresenceAbsent = new("Vắng", "Absent");

    public static readonly Msg PresenceDelegate = new("Người dự thay có mặt", "Person sent instead present");

    public static readonly Msg SignInSheetCaption = new("Danh sách ký tên ({0} người), khổ A4.", "Sign-in sheet ({0} people), A4.");

    public static readonly Msg SheetTitle = new("DANH SÁCH ĐẠI BIỂU KÝ TÊN", "SIGN-IN SHEET");

    public static readonly Msg SheetNumber = new("STT", "No.");

    public static readonly Msg SheetName = new("Họ và tên", "Full name");

    public static readonly Msg SheetUnit = new("Đơn vị", "Unit");

    public static readonly Msg SheetPosition = new("Chức vụ", "Position");

    public static readonly Msg SheetSignature = new("Ký tên", "Signature");
}
