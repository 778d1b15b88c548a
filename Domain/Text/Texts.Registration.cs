namespace Domain.Text;

public static partial class Texts
{
    /// <summary>{0} the team's name, {1} the profile's purpose line.</summary>
    public static readonly Msg ConsentRequest = new(
        "<b>Đăng ký {0}</b>\nĐể đăng ký, Trợ lý sẽ lưu: <b>họ tên, số điện thoại, đơn vị, chức vụ</b> của Anh/Chị.\nMục đích: {1}.\nChỉ Ban Tổ chức xem được thông tin này. Anh/Chị có thể xem, sửa (/hoso) hoặc xóa (/xoadulieu) bất cứ lúc nào.\nAnh/Chị có đồng ý không?",
        "<b>Joining the {0}</b>\nTo register, the assistant keeps your <b>full name, phone number, unit and position</b>.\nPurpose: {1}.\nOnly the organizers can see it. You can view, change (/hoso) or delete (/xoadulieu) it at any time.\nDo you agree?");

    public static readonly Msg Agree = new("Đồng ý", "I agree");

    public static readonly Msg Disagree = new("Không đồng ý", "I do not agree");

    public static readonly Msg ConsentRefused = new(
        "Anh/Chị chưa đồng ý nên Trợ lý không lưu thông tin nào. Khi cần, Anh/Chị gõ /start để đăng ký lại.",
        "You did not agree, so nothing was stored. Type /start whenever you want to register.");

    public static readonly Msg AskName = new("Họ và tên của Anh/Chị là gì? (ví dụ: Nguyễn Thị Hoa)", "What is your full name? (for example: Nguyễn Thị Hoa)");

    public static readonly Msg NameTooShort = new("Họ tên cần ít nhất 2 chữ cái.", "A name needs at least 2 letters.");

    public static readonly Msg NameTooLong = new("Họ tên dài quá 100 ký tự.", "A name may have at most 100 characters.");

    public static readonly Msg NameBadCharacters = new(
        "Họ tên chỉ gồm chữ cái, khoảng trắng, dấu gạch nối và dấu nháy đơn.",
        "A name may only contain letters, spaces, hyphens and apostrophes.");

    public static readonly Msg AskPhone = new(
        "Số điện thoại di động của Anh/Chị? Gõ số, ví dụ 0901 234 567.",
        "Your mobile number? Type it, for example 0901 234 567.");

    public static readonly Msg SharePhone = new("📱 Chia sẻ số điện thoại", "📱 Share my phone number");

    public static readonly Msg PhoneInvalid = new(
        "Số điện thoại chưa đúng. Anh/Chị vui lòng nhập số di động Việt Nam, ví dụ 0901234567 hoặc +84901234567.",
        "That phone number is not valid. Please type a Vietnamese mobile number, such as 0901234567 or +84901234567.");

    public static readonly Msg ContactNotOwn = new(
        "Số này không phải của Anh/Chị. Anh/Chị vui lòng bấm nút Chia sẻ số điện thoại, hoặc gõ số.",
        "That is not your own number. Press the button to share your own number, or type it.");

    public static readonly Msg AskUnit = new("Anh/Chị thuộc đơn vị nào?", "Which unit are you from?");

    public static readonly Msg AskPosition = new(
        "Chức vụ hoặc vai trò của Anh/Chị tại đơn vị? (ví dụ: Phó Chủ tịch UBMTTQ phường)",
        "Your position or role in the unit? (for example: Vice-chair of the ward committee)");

    public static readonly Msg PositionInvalid = new(
        "Chức vụ cần từ 2 đến 100 ký tự.",
        "The position needs 2 to 100 characters.");

    public static readonly Msg Review = new(
        "<b>Kiểm tra thông tin</b>\nHọ tên: {0}\nĐiện thoại: {1}\nĐơn vị: {2}\nChức vụ: {3}",
        "<b>Please check</b>\nName: {0}\nPhone: {1}\nUnit: {2}\nPosition: {3}");

    public static readonly Msg Confirm = new("Xác nhận", "Confirm");

    public static readonly Msg Edit = new("Sửa", "Edit");

    public static readonly Msg Cancel = new("Hủy", "Cancel");

    public static readonly Msg WhichField = new("Anh/Chị muốn sửa mục nào?", "Which item do you want to change?");

    public static readonly Msg FieldName = new("Họ tên", "Name");

    public static readonly Msg FieldPhone = new("Số điện thoại", "Phone");

    public static readonly Msg FieldUnit = new("Đơn vị", "Unit");

    public static readonly Msg FieldPosition = new("Chức vụ", "Position");

    public static readonly Msg UseButtons = new("Anh/Chị vui lòng chọn một trong các mục ở trên.", "Please pick one of the items above.");

    public static readonly Msg TextExpected = new("Anh/Chị vui lòng trả lời bằng tin nhắn chữ.", "Please answer with a text message.");

    public static readonly Msg SubmittedPending = new(
        "Cảm ơn Anh/Chị! Đăng ký đã được gửi, đang chờ Ban Tổ chức duyệt. Trợ lý sẽ báo khi có kết quả.",
        "Thank you! Your registration was sent and awaits the organizers' approval. You will be told the outcome.");

    /// <summary>{0} the team's name.</summary>
    public static readonly Msg SubmittedApproved = new(
        "Cảm ơn Anh/Chị! Anh/Chị đã là thành viên {0}. Gõ /help để xem các lệnh.",
        "Thank you! You are now a member of the {0}. Type /help to see the commands.");

    public static readonly Msg StillPending = new(
        "Đăng ký của Anh/Chị đang chờ Ban Tổ chức duyệt. Gõ /hoso để xem thông tin đã gửi.",
        "Your registration awaits the organizers' approval. Type /hoso to see what you sent.");

    /// <summary>{0} the member's name, {1} their unit, {2} the team's name, {3} the members' commands as /help lists them.</summary>
    public static readonly Msg MemberMenu = new(
        "Chào {0}! Anh/Chị là thành viên {2} ({1}).\n\n{3}",
        "Hello {0}! You are a member of the {2} ({1}).\n\n{3}");

    public static readonly Msg NotRegistered = new(
        "Anh/Chị chưa đăng ký. Gõ /start để đăng ký.",
        "You are not registered yet. Type /start to register.");
}
