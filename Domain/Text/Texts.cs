namespace Domain.Text;

/// <summary>
/// The message catalogue: every sentence the bot shows, Vietnamese first, English second.
/// Subjects with many sentences live in partial files beside this one.
/// </summary>
public static partial class Texts
{
    public static readonly Msg BotName = new(
        "Trợ lý Tổ tuyên truyền viên – Ủy ban MTTQ Việt Nam Quận 5",
        "Assistant of the propagandist team – Vietnam Fatherland Front Committee, District 5");

    public static readonly Msg Welcome = new(
        "Xin chào! Đây là <b>{0}</b>.\nBot giúp đăng ký vào Tổ tuyên truyền viên, xác nhận tham dự hội nghị, nhận thông báo và gửi ý kiến thảo luận.\nGõ /help để xem các lệnh.",
        "Hello! This is the <b>{0}</b>.\nIt helps you join the propagandist team, answer conference invitations, receive notices and send discussion points.\nType /help to see the commands.");

    public static readonly Msg HelpHeader = new("<b>Các lệnh</b>", "<b>Commands</b>");

    public static readonly Msg HelpOrganizerHeader = new("<b>Lệnh của ban tổ chức</b>", "<b>Organizer commands</b>");

    public static readonly Msg HelpFooter = new(
        "Gõ \"Hủy\" hoặc /huy để dừng việc đang làm.",
        "Type \"Cancel\" or /huy to stop what you are doing.");

    public static readonly Msg ChooseLanguage = new("Chọn ngôn ngữ:", "Choose a language:");

    public static readonly Msg LanguageSet = new("Đã chuyển sang tiếng Việt.", "Language set to English.");

    public static readonly Msg LanguageVi = new("Tiếng Việt", "Tiếng Việt");

    public static readonly Msg LanguageEn = new("English", "English");

    public static readonly Msg NotUnderstood = new(
        "Xin lỗi, tôi chưa hiểu tin nhắn này. Gõ /help để xem những việc tôi làm được.",
        "Sorry, I did not understand that. Type /help to see what I can do.");

    public static readonly Msg OnlyText = new(
        "Tôi chỉ đọc được tin nhắn chữ và các nút bấm. Gõ /help để xem các lệnh.",
        "I can only read text messages and buttons. Type /help to see the commands.");

    public static readonly Msg UnknownCommand = new(
        "Tôi không biết lệnh này. Gõ /help để xem các lệnh.",
        "I do not know that command. Type /help to see the commands.");

    public static readonly Msg ButtonExpired = new(
        "Nút này không còn hiệu lực.",
        "This button is no longer valid.");

    public static readonly Msg Cancelled = new("Đã hủy. Không có gì được lưu.", "Cancelled. Nothing was saved.");

    public static readonly Msg NothingToCancel = new("Không có việc gì đang làm dở.", "There is nothing to cancel.");

    public static readonly Msg InternalError = new(
        "Xin lỗi, đã có lỗi khi xử lý tin nhắn của bạn. Vui lòng thử lại sau ít phút.",
        "Sorry, something went wrong while handling your message. Please try again in a few minutes.");

    public static readonly Msg NotAllowed = new(
        "Bạn không có quyền thực hiện việc này.",
        "You are not allowed to do that.");

    public static readonly Msg ConsoleContactHint = new(
        "(Gõ !contact +84901234567 để chia sẻ số điện thoại)",
        "(Type !contact +84901234567 to share a phone number)");

    public static readonly Msg ConsoleBanner = new(
        "Kênh console của bot. Bạn đang là người dùng {0}. Gõ /start để bắt đầu, !as <id> <tên> để đổi người dùng, !quit để thoát.",
        "Console channel of the bot. You are user {0}. Type /start to begin, !as <id> <name> to switch user, !quit to leave.");

    public static readonly Msg ConsoleSwitched = new("(Bây giờ bạn là người dùng {0} – {1})", "(You are now user {0} – {1})");
}
