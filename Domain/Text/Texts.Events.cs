namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg NoMeetings = new("Hiện chưa có hội nghị nào sắp diễn ra.", "There is no upcoming meeting.");

    public static readonly Msg ChooseMeeting = new("Chọn hội nghị:", "Choose a meeting:");

    /// <summary>The invitation; {8} is the profile's invitation heading.</summary>
    public static readonly Msg MeetingNotice = new(
        "<b>{7}</b>\n\nKính mời Đồng chí tham dự\n<b>{0}</b>\n🕗 Thời gian: {1}\n📍 Địa điểm: {2}\n⏳ Hạn xác nhận tham dự: {3}\n\n<b>Chương trình</b>\n{4}\n\n<b>Thành phần tham dự</b>\n{5}\n\nXác nhận tham dự: <b>{6}</b>",
        "<b>{7}</b>\n\nYou are invited to\n<b>{0}</b>\n🕗 Time: {1}\n📍 Venue: {2}\n⏳ Answer by: {3}\n\n<b>Programme</b>\n{4}\n\n<b>Invited</b>\n{5}\n\nYour answer: <b>{6}</b>");

    public static readonly Msg MeetingPast = new("<b>{0}</b>\nHội nghị đã diễn ra lúc {1}.", "<b>{0}</b>\nThe meeting took place at {1}.");

    public static readonly Msg AnswerNone = new("Chưa xác nhận", "Not answered yet");

    public static readonly Msg AnswerAttending = new("Tham dự", "Attending");

    public static readonly Msg AnswerDeclined = new("Không tham dự", "Not attending");

    public static readonly Msg AnswerDelegated = new("Cử người dự thay: {0}", "Sending {0} instead");

    public static readonly Msg AnswerDelegatedShort = new("Cử người dự thay", "Sends someone");

    public static readonly Msg Attend = new("✅ Tham dự", "✅ Attend");

    public static readonly Msg Decline = new("❌ Không tham dự", "❌ Decline");

    public static readonly Msg SendDelegate = new("👤 Cử người dự thay", "👤 Send someone");

    public static readonly Msg CalendarFile = new("📅 Thêm vào lịch", "📅 Add to calendar");

    public static readonly Msg CalendarCaption = new("Mở tệp để thêm hội nghị vào lịch của Anh/Chị.", "Open the file to add the meeting to your calendar.");

    public static readonly Msg RsvpAttending = new("Đã ghi nhận: Anh/Chị <b>tham dự</b> {0}.", "Noted: you <b>attend</b> {0}.");

    public static readonly Msg RsvpDeclined = new("Đã ghi nhận: Anh/Chị <b>không tham dự</b> {0}.", "Noted: you do <b>not attend</b> {0}.");

    public static readonly Msg RsvpDelegated = new("Đã ghi nhận: <b>{1}</b> dự thay Anh/Chị tại {0}.", "Noted: <b>{1}</b> attends {0} in your place.");

    public static readonly Msg RsvpUnchanged = new("Xác nhận tham dự của Anh/Chị không đổi: {0}.", "Your answer is unchanged: {0}.");

    public static readonly Msg AskReason = new("Anh/Chị vui lòng cho biết lý do không tham dự (có thể bỏ qua):", "Why can you not attend? (optional)");

    public static readonly Msg Skip = new("Bỏ qua", "Skip");

    public static readonly Msg ReasonTooLong = new("Lý do dài quá 500 ký tự.", "The reason may have at most 500 characters.");

    public static readonly Msg AskDelegateName = new("Họ và tên người dự thay?", "Full name of the person attending instead?");

    public static readonly Msg AskDelegatePosition = new("Chức vụ của người dự thay?", "Their position?");

    public static readonly Msg AskDelegatePhone = new("Số điện thoại của người dự thay? (có thể bỏ qua)", "Their phone number? (optional)");

    public static readonly Msg RsvpClosed = new("Đã hết hạn xác nhận tham dự lúc {0}; xác nhận không thể thay đổi nữa. Anh/Chị vui lòng liên hệ Ban Tổ chức.", "Answers closed at {0}; they can no longer change. Please contact the organizers.");

    public static readonly Msg RsvpMembersOnly = new("Chỉ thành viên đã được duyệt mới xác nhận tham dự được. Gõ /start để đăng ký.", "Only approved members can answer. Type /start to register.");

    public static readonly Msg MeetingGone = new("Không tìm thấy hội nghị này.", "This meeting was not found.");

    public static readonly Msg StatsHeader = new(
        "<b>Thống kê: {0}</b>\nTham dự · Không tham dự · Cử người dự thay · Chưa xác nhận",
        "<b>Headcount: {0}</b>\nAttend · Decline · Delegate · No answer");

    public static readonly Msg StatsLine = new("{0}: {1} · {2} · {3} · {4}", "{0}: {1} · {2} · {3} · {4}");

    public static readonly Msg StatsTotal = new(
        "<b>Tổng</b>: {0} · {1} · {2} · {3}\nSố đại biểu xác nhận tham dự: <b>{4}</b> / dự kiến {5} đại biểu",
        "<b>Total</b>: {0} · {1} · {2} · {3}\nExpected in the hall: <b>{4}</b> / planned {5}");

    public static readonly Msg StatsOverCapacity = new(
        "⚠️ Số đại biểu xác nhận tham dự vượt số đại biểu dự kiến ({0}).",
        "⚠️ More people attend than the {0} planned.");

    public static readonly Msg ExportCaption = new("Danh sách đại biểu tham dự: {0}", "Attendee list: {0}");

    public static readonly Msg ChooseMeetingFor = new("Chọn hội nghị:", "Choose a meeting:");

    public static readonly Msg MeetingsList = new("<b>Các hội nghị</b>\nChọn một hội nghị để sao chép hoặc sửa:", "<b>Meetings</b>\nChoose one to copy or change:");

    /// <summary>{1} is the short title used on buttons and file names.</summary>
    public static readonly Msg MeetingCard = new(
        "<b>{0}</b>\nTên ngắn: {1}\nThời gian: {2}\nĐịa điểm: {3}\nHạn xác nhận tham dự: {4}\nSố đại biểu dự kiến: {5}\nChương trình: {6} mục",
        "<b>{0}</b>\nShort title: {1}\nTime: {2}\nVenue: {3}\nAnswer by: {4}\nPlanned: {5} people\nProgramme: {6} items");

    public static readonly Msg CopyMeeting = new("📄 Sao chép thành hội nghị mới", "📄 Copy as a new meeting");

    public static readonly Msg EditTitle = new("Sửa tiêu đề", "Change the title");

    public static readonly Msg EditTime = new("Sửa thời gian", "Change the time");

    public static readonly Msg EditVenue = new("Sửa địa điểm", "Change the venue");

    public static readonly Msg EditDeadline = new("Sửa hạn xác nhận tham dự", "Change the answer deadline");

    public static readonly Msg EditProgramme = new("Sửa chương trình", "Change the programme");

    public static readonly Msg EditExpected = new("Sửa số đại biểu dự kiến", "Change the planned number");

    public static readonly Msg AskNewTime = new(
        "Thời gian của hội nghị? Ví dụ: 08g00 27/4/2027",
        "When is the meeting? For example: 08g00 27/4/2027");

    public static readonly Msg AskDeadline = new(
        "Hạn xác nhận tham dự? Ví dụ: 17g00 25/4/2027 (phải trước giờ khai mạc)",
        "Answer deadline? For example: 17g00 25/4/2027 (before the meeting)");

    public static readonly Msg AskTitle = new("Tiêu đề mới?", "The new title?");

    public static readonly Msg AskVenue = new(
        "Địa điểm mới, dạng: Tên | Địa chỉ | vĩ độ, kinh độ (tọa độ có thể bỏ qua). Ví dụ: Hội trường A | 118 Ngô Quyền, TP. Hồ Chí Minh | 10.7578, 106.6656",
        "The new venue as: Name | Address | latitude, longitude (coordinates optional).");

    public static readonly Msg AskProgramme = new("Chương trình mới, mỗi mục một dòng:", "The new programme, one item per line:");

    public static readonly Msg AskExpected = new("Số đại biểu dự kiến?", "How many people are planned?");

    public static readonly Msg TimeInvalid = new(
        "Chưa đọc được thời gian. Anh/Chị vui lòng viết như 08g00 27/4/2027; thời gian phải ở tương lai.",
        "Could not read that time. Write it like 08g00 27/4/2027; it must be in the future.");

    public static readonly Msg DeadlineInvalid = new(
        "Hạn xác nhận tham dự phải ở tương lai và trước giờ khai mạc: {0}.",
        "The deadline must be in the future and before the meeting: {0}.");

    public static readonly Msg ValueInvalid = new("Giá trị chưa hợp lệ, vui lòng nhập lại.", "That value is not valid; please try again.");

    public static readonly Msg MeetingCopied = new(
        "Đã tạo hội nghị mới từ bản sao. Hạn xác nhận tham dự mặc định: {0}; có thể sửa bên dưới.",
        "A new meeting was created from the copy. Default answer deadline: {0}; you can change it below.");

    public static readonly Msg MeetingSaved = new("Đã lưu thay đổi của hội nghị.", "The meeting was saved.");

    public static readonly Msg ReminderUnanswered = new(
        "🔔 Kính nhắc Đồng chí: Đồng chí chưa xác nhận tham dự <b>{0}</b> ({1}). Hạn xác nhận tham dự: {2}.",
        "🔔 Reminder: you have not answered for <b>{0}</b> ({1}). Answer by {2}.");

    public static readonly Msg ReminderAttending = new(
        "🔔 Kính nhắc Đồng chí: <b>{0}</b> khai mạc lúc {1} tại {2}.",
        "🔔 Reminder: <b>{0}</b> starts at {1} at {2}.");

    public static readonly Msg ReminderDelegated = new(
        "🔔 Kính nhắc Đồng chí: <b>{0}</b> khai mạc lúc {1} tại {2}. Người dự thay Đồng chí: {3}.",
        "🔔 Reminder: <b>{0}</b> starts at {1} at {2}. Attending in your place: {3}.");

    public static readonly Msg UnitDelegationButton = new("🏢 Xác nhận cho đoàn của đơn vị", "🏢 Answer for your unit's delegation");

    public static readonly Msg AskDelegationCount = new(
        "Đơn vị {0} cử bao nhiêu đại biểu dự {1}? (gõ một số, 0 nếu không cử ai)",
        "How many people does {0} send to {1}? (type a number, 0 for none)");

    public static readonly Msg AskDelegationNames = new(
        "Họ tên các đại biểu, mỗi người một dòng (có thể bỏ qua):",
        "Their full names, one per line (optional):");

    public static readonly Msg DelegationCountInvalid = new("Anh/Chị vui lòng gõ một số từ 0 đến {0}.", "Please type a number from 0 to {0}.");

    public static readonly Msg DelegationNamesInvalid = new(
        "Mỗi dòng là một họ tên (chữ cái, khoảng trắng, gạch nối); số dòng không quá số đại biểu đã báo ({0}).",
        "One full name per line (letters, spaces, hyphens), no more lines than the number given ({0}).");

    public static readonly Msg DelegationSaved = new(
        "Đã ghi nhận đoàn của {0}: {1} đại biểu.",
        "Noted for {0}: {1} people.");

    public static readonly Msg DelegationCoordinatorsOnly = new(
        "Chỉ Cán bộ đầu mối đơn vị mới xác nhận cho đoàn của đơn vị được.",
        "Only the unit's coordinator can answer for its delegation.");

    public static readonly Msg StatsDelegation = new("  ↳ đoàn của đơn vị: {0} đại biểu", "  ↳ unit delegation: {0} people");

    public static readonly Msg DelegationRowAnswer = new("Trong đoàn của đơn vị", "In the unit's delegation");

    public static readonly Msg EditShortTitle = new("Sửa tên ngắn", "Change the short title");

    public static readonly Msg AskShortTitle = new(
        "Tên ngắn mới (tối đa {0} ký tự, dùng trên nút bấm và tên tệp)? Ví dụ: Hội nghị MXH 27/4",
        "The new short title (at most {0} characters, used on buttons and file names)? For example: Hội nghị MXH 27/4");

    public static readonly Msg ShortTitleInvalid = new(
        "Tên ngắn cần từ 2 đến {0} ký tự.",
        "The short title needs 2 to {0} characters.");

    /// <summary>The headcount chart sent with /thongke; {0} is the meeting's short title.</summary>
    public static readonly Msg StatsChartCaption = new(
        "Biểu đồ thống kê: {0}",
        "Headcount chart: {0}");

    /// <summary>The chart's title: {0} the committee's short name, {1} the meeting's short title.</summary>
    public static readonly Msg StatsChartTitle = new("{0} – {1}", "{0} – {1}");

    /// <summary>Under the bars: {0} those who will be present, {1} the planned number.</summary>
    public static readonly Msg StatsChartPlanned = new(
        "Số đại biểu xác nhận tham dự: {0} / dự kiến {1} đại biểu",
        "Attendees confirmed: {0} / planned {1}");
}
