namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg ConsentRequest = new(
        "<b>Đăng ký Tổ tuyên truyền viên</b>\nĐể đăng ký, bot sẽ lưu: <b>họ tên, số điện thoại, đơn vị, chức vụ</b> của bạn.\nMục đích: mời họp, gửi thông báo và tổng hợp danh sách của Ủy ban MTTQ Việt Nam Quận 5.\nChỉ ban tổ chức xem được thông tin này. Bạn có thể xem, sửa (/hoso) hoặc xóa (/xoadulieu) bất cứ lúc nào.\nBạn có đồng ý không?",
        "<b>Joining the propagandist team</b>\nTo register, the bot keeps your <b>full name, phone number, unit and position</b>.\nPurpose: invitations, notices and lists of the Vietnam Fatherland Front Committee of District 5.\nOnly the organizers can see it. You can view, change (/hoso) or delete (/xoadulieu) it at any time.\nDo you agree?");

    public static readonly Msg Agree = new("Đồng ý", "I agree");

    public static readonly Msg Disagree = new("Không đồng ý", "I do not agree");

    public static readonly Msg ConsentRefused = new(
        "Bạn chưa đồng ý nên bot không lưu thông tin nào. Khi cần, gõ /start để đăng ký lại.",
        "You did not agree, so nothing was stored. Type /start whenever you want to register.");

    public static readonly Msg AskName = new("Họ và tên của bạn là gì? (ví dụ: Nguyễn Thị Hoa)", "What is your full name? (for example: Nguyễn Thị Hoa)");

    public static readonly Msg NameTooShort = new("Họ tên cần ít nhất 2 chữ cái.", "A name needs at least 2 letters.");

    public static readonly Msg NameTooLong = new("Họ tên dài quá 100 ký tự.", "A name may have at most 100 characters.");

    public static readonly Msg NameBadCharacters = new(
        "Họ tên chỉ gồm chữ cái, khoảng trắng, dấu gạch nối và dấu nháy đơn.",
        "A name may only contain letters, spaces, hyphens and apostrophes.");

    public static readonly Msg AskPhone = new(
        "Số điện thoại di động của bạn? Gõ số, ví dụ 0901 234 567.",
        "Your mobile number? Type it, for example 0901 234 567.");

    public static readonly Msg SharePhone = new("📱 Chia sẻ số điện thoại", "📱 Share my phone number");

    public static readonly Msg PhoneInvalid = new(
        "Số điện thoại chưa đúng. Hãy nhập số di động Việt Nam, ví dụ 0901234567 hoặc +84901234567.",
        "That phone number is not valid. Please type a Vietnamese mobile number, such as 0901234567 or +84901234567.");

    public static readonly Msg ContactNotOwn = new(
        "Đây không phải số điện thoại của bạn. Hãy bấm nút chia sẻ số của chính bạn, hoặc gõ số.",
        "That is not your own number. Press the button to share your own number, or type it.");

    public static readonly Msg AskUnit = new("Bạn thuộc đơn vị nào?", "Which unit are you from?");

    public static readonly Msg AskPosition = new(
        "Chức vụ hoặc vai trò của bạn tại đơn vị? (ví dụ: Phó Chủ tịch UBMTTQ phường)",
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

    public static readonly Msg WhichField = new("Bạn muốn sửa mục nào?", "Which item do you want to change?");

    public static readonly Msg FieldName = new("Họ tên", "Name");

    public static readonly Msg FieldPhone = new("Số điện thoại", "Phone");

    public static readonly Msg FieldUnit = new("Đơn vị", "Unit");

    public static readonly Msg FieldPosition = new("Chức vụ", "Position");

    public static readonly Msg UseButtons = new("Vui lòng chọn một trong các mục ở trên.", "Please pick one of the items above.");

    public static readonly Msg TextExpected = new("Vui lòng trả lời bằng tin nhắn chữ.", "Please answer with a text message.");

    public static readonly Msg SubmittedPending = new(
        "Cảm ơn bạn! Đăng ký đã được gửi, đang chờ ban tổ chức duyệt. Bot sẽ báo khi có kết quả.",
        "Thank you! Your registration was sent and awaits the organizers' approval. The bot will tell you the outcome.");

    public static readonly Msg SubmittedApproved = new(
        "Cảm ơn bạn! Bạn đã là thành viên Tổ tuyên truyền viên. Gõ /help để xem các lệnh.",
        "Thank you! You are now a member of the propagandist team. Type /help to see the commands.");

    public static readonly Msg StillPending = new(
        "Đăng ký của bạn đang chờ ban tổ chức duyệt. Gõ /hoso để xem thông tin đã gửi.",
        "Your registration awaits the organizers' approval. Type /hoso to see what you sent.");

    public static readonly Msg MemberMenu = new(
        "Chào {0}! Bạn là thành viên Tổ tuyên truyền viên ({1}).\nGõ /help để xem các lệnh.",
        "Hello {0}! You are a member of the propagandist team ({1}).\nType /help to see the commands.");

    public static readonly Msg NotRegistered = new(
        "Bạn chưa đăng ký. Gõ /start để đăng ký.",
        "You are not registered yet. Type /start to register.");
}
