namespace Domain.Text;

public static partial class Texts
{
    // ---- the team's roster (/totuyentruyen) ----

    /// <summary>The roster's first row: {0} the team's name, {1} the committee's full name.</summary>
    public static readonly Msg RosterTitle = new("Danh sách thành viên {0} – {1}", "Members of the {0} – {1}");

    /// <summary>The line under it: {0} the team, {1} how many, {2} the day the list was made.</summary>
    public static readonly Msg RosterSubtitle = new(
        "Kèm theo quyết định ra mắt {0} · {1} thành viên · lập ngày {2}",
        "For the decision launching the {0} · {1} members · made on {2}");

    public static readonly Msg RosterCaption = new(
        "<b>Danh sách thành viên {0}</b>: {1} thành viên đã được duyệt, theo đơn vị. Tệp XLSX để in, tệp CSV để dùng trong phần mềm khác.",
        "<b>Members of the {0}</b>: {1} approved members, by unit. The XLSX file is for printing, the CSV for other programs.");

    public static readonly Msg RosterEmpty = new(
        "Chưa có thành viên nào được duyệt vào {0}.",
        "No one has been approved into the {0} yet.");

    // ---- registration QR codes by unit (/maqr) ----

    /// <summary>The printable sheet's title: {0} the team, {1} the committee's full name.</summary>
    public static readonly Msg QrSheetTitle = new("Mã QR đăng ký {0} theo đơn vị – {1}", "Registration QR codes of the {0} by unit – {1}");

    /// <summary>{0} an example of the typed command (/start P01): the cards show only the unit's code.</summary>
    public static readonly Msg QrSheetNoteLink = new(
        "Quét mã QR bằng điện thoại để mở Trợ lý trên Telegram và đăng ký; đơn vị đã được chọn sẵn. Trên Zalo, gõ /start và mã đơn vị ghi dưới mã QR, ví dụ: {0}",
        "Scan the QR code with a phone to open the assistant on Telegram and register; the unit is already chosen. On Zalo, type /start and the unit code under the QR code, for example: {0}");

    /// <summary>{0} an example of the typed command (/start P01).</summary>
    public static readonly Msg QrSheetNoteTyped = new(
        "Mỗi mã QR chứa lệnh đăng ký của đơn vị. Có thể gõ /start và mã đơn vị ghi dưới mã QR vào khung trò chuyện với Trợ lý, ví dụ: {0}",
        "Each QR code holds the unit's registration command. You can also type /start and the unit code under the QR code in the chat with the assistant, for example: {0}");

    /// <summary>{0} how many units, {1} an example code.</summary>
    public static readonly Msg QrSheetCaption = new(
        "<b>Mã QR đăng ký theo đơn vị</b> ({0} đơn vị): trang in khổ A4 và tệp ZIP gồm ảnh PNG của từng đơn vị. Gõ /maqr kèm mã đơn vị (ví dụ <code>/maqr {1}</code>) để nhận riêng ảnh của một đơn vị.",
        "<b>Registration QR codes by unit</b> ({0} units): an A4 page to print and a ZIP file with each unit's PNG. Type /maqr with a unit code (for example <code>/maqr {1}</code>) to get one unit's picture.");

    /// <summary>{0} an example of the typed command.</summary>
    public static readonly Msg QrWithoutTelegram = new(
        "Chưa có tên Trợ lý trên Telegram (Telegram không chạy), nên mỗi mã QR chứa lệnh gõ tay thay cho đường dẫn, ví dụ <code>{0}</code>.",
        "The assistant does not know its Telegram name (Telegram is not running), so each QR code holds the command to type instead of a link, for example <code>{0}</code>.");

    /// <summary>One unit's picture: {0} unit name, {1} code, {2} the link or command it holds.</summary>
    public static readonly Msg QrUnitCaption = new("<b>{0}</b> – mã {1}\n{2}", "<b>{0}</b> – code {1}\n{2}");

    public static readonly Msg QrUnknownUnit = new(
        "Không có đơn vị mã {0}. Gõ /maqr để nhận mã QR của mọi đơn vị.",
        "There is no unit with the code {0}. Type /maqr to get every unit's QR code.");

    public static readonly Msg QrNoUnits = new("Danh sách đơn vị đang trống.", "The list of units is empty.");

    /// <summary>Before the normal start, when /start came with a code that is no unit's.</summary>
    public static readonly Msg StartUnknownUnit = new(
        "Mã đơn vị {0} không có trong danh sách. Anh/Chị sẽ chọn đơn vị khi đăng ký.",
        "The unit code {0} is not on the list. You will choose your unit while registering.");
}
