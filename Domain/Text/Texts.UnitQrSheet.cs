namespace Domain.Text;

/// <summary>/maqr when the units do not fit one printed page.</summary>
public static partial class Texts
{
    /// <summary>{0} how many units, {1} an example code, {2} how many pages.</summary>
    public static readonly Msg QrSheetCaptionPages = new(
        "<b>Mã QR đăng ký theo đơn vị</b> ({0} đơn vị): các trang in khổ A4 ({2} trang) và tệp ZIP gồm ảnh PNG của từng đơn vị. Gõ /maqr kèm mã đơn vị (ví dụ <code>/maqr {1}</code>) để nhận riêng ảnh của một đơn vị.",
        "<b>Registration QR codes by unit</b> ({0} units): A4 pages to print ({2} pages) and a ZIP file with each unit's PNG. Type /maqr with a unit code (for example <code>/maqr {1}</code>) to get one unit's picture.");
}
