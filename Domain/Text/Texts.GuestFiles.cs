namespace Domain.Text;

/// <summary>Importing a guest list from a sent CSV file.</summary>
public static partial class Texts
{
    /// <summary>{0} lines that name a guest already on the list.</summary>
    public static readonly Msg GuestImportDuplicates = new(
        "Các dòng trùng với khách đã có, không tạo lại: {0}.",
        "Lines repeating a guest already on the list, not made again: {0}.");

    public static readonly Msg GuestFileNotCsv = new(
        "Trợ lý chỉ đọc tệp CSV (.csv). Trong Excel, Anh/Chị chọn Lưu thành → \"CSV UTF-8\" rồi gửi lại, hoặc dán các dòng vào tin nhắn.",
        "Only CSV files (.csv) can be read. In Excel choose Save As → \"CSV UTF-8\" and send it again, or paste the lines into a message.");

    /// <summary>{0} the largest size, as <see cref="FileSize"/> writes it ("1 MB").</summary>
    public static readonly Msg GuestFileTooLarge = new(
        "Tệp quá lớn (tối đa {0}). Anh/Chị chia danh sách thành nhiều tệp nhỏ hơn.",
        "The file is too large (at most {0}). Split the list into smaller files.");

    public static readonly Msg GuestFileUnavailable = new(
        "Chưa tải được tệp. Anh/Chị gửi lại tệp sau ít phút.",
        "The file could not be fetched. Send it again in a few minutes.");

    /// <summary>{0} the numbers of the lines that are not UTF-8.</summary>
    public static readonly Msg GuestFileNotUtf8 = new(
        "Tệp không ở dạng UTF-8, các dòng {0} đọc sai dấu. Trong Excel, Anh/Chị chọn Lưu thành → \"CSV UTF-8\" rồi gửi lại. Chưa tạo thư mời nào.",
        "The file is not UTF-8: lines {0} would read wrongly. In Excel choose Save As → \"CSV UTF-8\" and send it again. No invitation was made.");

    public static readonly Msg GuestFileNotOnChannel = new(
        "Kênh này không chuyển tệp cho trợ lý. Anh/Chị mở tệp CSV, chép các dòng và dán vào tin nhắn.",
        "This channel does not pass files on. Open the CSV file, copy its lines and paste them into a message.");

    /// <summary>{0} the largest size, as <see cref="FileSize"/> writes it ("1 MB").</summary>
    public static readonly Msg GuestAskListOrFile = new(
        "Anh/Chị cũng có thể gửi tệp CSV (Excel: Lưu thành → \"CSV UTF-8\"), tối đa {0}.",
        "A CSV file works too (Excel: Save As → \"CSV UTF-8\"), at most {0}.");
}
