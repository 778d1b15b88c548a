namespace Domain.Text;

/// <summary>
/// A guest's answers and confirmations: the letter addresses the guest "Đồng chí", so every
/// reply on the guest's own journey does too (a member keeps "Anh/Chị").
/// </summary>
public static partial class Texts
{
    public static readonly Msg GuestRsvpAttending = new("Đã ghi nhận: Đồng chí <b>tham dự</b> {0}.", "Noted: you <b>attend</b> {0}.");

    public static readonly Msg GuestRsvpDeclined = new("Đã ghi nhận: Đồng chí <b>không tham dự</b> {0}.", "Noted: you do <b>not attend</b> {0}.");

    /// <summary>{0} meeting, {1} the person sent.</summary>
    public static readonly Msg GuestRsvpDelegated = new("Đã ghi nhận: <b>{1}</b> dự thay Đồng chí tại {0}.", "Noted: <b>{1}</b> attends {0} in your place.");

    public static readonly Msg GuestAskReason = new("Đồng chí vui lòng cho biết lý do không tham dự (có thể bỏ qua):", "Why can you not attend? (optional)");

    /// <summary>{0} when answers closed.</summary>
    public static readonly Msg GuestRsvpClosed = new(
        "Đã hết hạn xác nhận tham dự lúc {0}; xác nhận không thể thay đổi nữa. Đồng chí vui lòng liên hệ Ban Tổ chức.",
        "Answers closed at {0}; they can no longer change. Please contact the organizers.");

    public static readonly Msg GuestTextExpected = new("Đồng chí vui lòng trả lời bằng tin nhắn chữ.", "Please answer with a text message.");
}
