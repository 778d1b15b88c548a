namespace Domain.Text;

public static partial class Texts
{
    // /sukien: a copy's fields that still need the organizer, and a number that could not be read.

    /// <summary>{0} the fields to look at, joined by "; ".</summary>
    public static readonly Msg MeetingCopyReview = new("⚠️ Anh/Chị vui lòng xem lại: {0}.", "⚠️ Please check: {0}.");

    public static readonly Msg ReviewShortTitle = new("tên ngắn (đã thêm ngày mới, có thể sửa)", "the short title (the new date was added; you may change it)");

    public static readonly Msg ReviewShortTitleKept = new("tên ngắn (vẫn như hội nghị cũ)", "the short title (still the old meeting's)");

    public static readonly Msg ReviewTitle = new("tiêu đề (còn ghi năm cũ)", "the title (it still names the old year)");

    public static readonly Msg ReviewPlanNumber = new("số kế hoạch (đã xóa, cần nhập số mới)", "the plan number (cleared; type the new one)");

    public static readonly Msg ReviewIssued = new("ngày ban hành (đã xóa, cần nhập lại)", "the date of issue (cleared; type it again)");

    public static readonly Msg ExpectedInvalid = new("Anh/Chị gõ một số, ví dụ 120.", "Type a number, for example 120.");
}
