using Domain.CheckIn;
using Domain.Events;
using Domain.Guests;

namespace Bot.Files;

/// <summary>The conference day's files: each format has its writer beside this class.</summary>
public sealed class GuestFiles : IGuestFiles
{
    public static readonly IReadOnlyList<string> LinkHeaders = ["Họ và tên", "Đơn vị", "Chức vụ", "Số điện thoại", "Đường dẫn Telegram", "Lệnh trên Zalo"];

    public byte[] QrPng(string content, string caption) => QrImage.Render(content, caption);

    public byte[] GuestLinksCsv(IReadOnlyList<GuestLinkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return SafeCsv.Write(LinkHeaders, rows.Select(r => new[] { r.FullName, r.Unit, r.Position, r.Phone ?? string.Empty, r.Link, r.Typed }));
    }

    public byte[] SignInSheet(Meeting meeting, SignInSheet sheet) => SignInWorkbook.Write(meeting, sheet);
}
