namespace Domain.Text;

/// <summary>
/// The message catalogue: every sentence the bot shows, Vietnamese first, English second.
/// Subjects with many sentences live in partial files beside this one. The words follow
/// docs/glossary.md: the person is "Anh/Chị" (formal notices: "Đồng chí"), the bot is "Trợ lý",
/// the organizers are "Ban Tổ chức". The committee's own names come from its profile as arguments.
/// </summary>
public static partial class Texts
{
    /// <summary>{0} the team's name, {1} the committee's full name (both from the profile).</summary>
    public static readonly Msg BotName = new(
        "Trợ lý {0} – {1}",
        "Assistant of the {0} – {1}");

    /// <summary>{0} <see cref="BotName"/>, {1} the team's name.</summary>
    public static readonly Msg Welcome = new(
        "Xin chào! Đây là <b>{0}</b>.\nTrợ lý giúp Anh/Chị đăng ký vào {1}, xác nhận tham dự hội nghị, nhận thông báo và gửi ý kiến thảo luận.\nGõ /help để xem các lệnh.",
        "Hello! This is the <b>{0}</b>.\nIt helps you join the {1}, answer conference invitations, receive notices and send discussion points.\nType /help to see the commands.");

    public static readonly Msg HelpHeader = new("<b>Các lệnh</b>", "<b>Commands</b>");

    public static readonly Msg HelpOrganizerHeader = new("<b>Lệnh của Ban Tổ chức</b>", "<b>Organizer commands</b>");

    public static readonly Msg HelpFooter = new(
        "Gõ \"Hủy\" hoặc /huy để dừng việc đang làm.",
        "Type \"Cancel\" or /huy to stop what you are doing.");

    public static readonly Msg ChooseLanguage = new("Chọn ngôn ngữ:", "Choose a language:");

    public static readonly Msg LanguageSet = new("Đã chuyển sang tiếng Việt.", "Language set to English.");

    public static readonly Msg LanguageVi = new("Tiếng Việt", "Tiếng Việt");

    public static readonly Msg LanguageEn = new("English", "English");

    public static readonly Msg NotUnderstood = new(
        "Xin lỗi, Trợ lý chưa hiểu tin nhắn này. Anh/Chị gõ /help để xem hướng dẫn.",
        "Sorry, the assistant did not understand this message. Please type /help for guidance.");

    public static readonly Msg OnlyText = new(
        "Trợ lý chỉ đọc được tin nhắn chữ và các nút bấm. Anh/Chị gõ /help để xem các lệnh.",
        "The assistant can only read text messages and buttons. Please type /help to see the commands.");

    public static readonly Msg UnknownCommand = new(
        "Trợ lý chưa có lệnh này. Anh/Chị gõ /help để xem các lệnh.",
        "The assistant does not know this command. Please type /help to see the commands.");

    public static readonly Msg ButtonExpired = new(
        "Nút này không còn hiệu lực.",
        "This button is no longer valid.");

    public static readonly Msg Cancelled = new("Đã hủy. Không có gì được lưu.", "Cancelled. Nothing was saved.");

    public static readonly Msg NothingToCancel = new("Hiện không có việc gì đang làm dở.", "There is nothing to cancel.");

    public static readonly Msg InternalError = new(
        "Xin lỗi, Trợ lý gặp lỗi khi xử lý tin nhắn của Anh/Chị. Anh/Chị vui lòng thử lại sau ít phút.",
        "Sorry, something went wrong while handling your message. Please try again in a few minutes.");

    public static readonly Msg NotAllowed = new(
        "Anh/Chị không có quyền thực hiện việc này.",
        "You are not allowed to do that.");

    public static readonly Msg ConsoleContactHint = new(
        "(Gõ !contact +84901234567 để chia sẻ số điện thoại)",
        "(Type !contact +84901234567 to share a phone number)");

    public static readonly Msg ConsoleBanner = new(
        "Kênh console của Trợ lý. Anh/Chị đang là người dùng {0}. Gõ /start để bắt đầu, !as <id> <tên> để đổi người dùng, !quit để thoát.",
        "Console channel of the assistant. You are user {0}. Type /start to begin, !as <id> <name> to switch user, !quit to leave.");

    public static readonly Msg ConsoleSwitched = new("(Bây giờ Anh/Chị là người dùng {0} – {1})", "(You are now user {0} – {1})");
}
