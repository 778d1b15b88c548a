namespace Domain.Text;

/// <summary>The door's code: shown again unchanged, changed only on purpose; the hand list's marks.</summary>
public static partial class Texts
{
    /// <summary>{0} the code, the same as before.</summary>
    public static readonly Msg CheckInShown = new(
        "Điểm danh đang mở. Mã: <b>{0}</b>, vẫn là mã đang in ở bàn đón tiếp. Chọn 🔄 Đổi mã nếu cần mã mới.",
        "Check-in is open. Code: <b>{0}</b>, the one already at the welcome desk. Choose 🔄 New code if a new one is needed.");

    /// <summary>{0} the current code, {1} meeting.</summary>
    public static readonly Msg CheckInRotateAsk = new(
        "Đổi mã điểm danh – {1}? Mã <b>{0}</b> và mã QR đã in sẽ không còn dùng được; người đã điểm danh vẫn giữ nguyên.",
        "Change the check-in code – {1}? Code <b>{0}</b> and the QR already printed will stop working; who has checked in stays checked in.");

    public static readonly Msg CheckInRotateConfirmButton = new("✅ Đổi mã, bỏ mã cũ", "✅ Change it, void the old one");

    public static readonly Msg CheckInRotateStale = new(
        "Mã đã được đổi sau tin nhắn này; mã đang dùng ở dưới.",
        "The code was changed after that message; the current one is below.");

    /// <summary>{0} the person's line in the hand check-in list, once checked in.</summary>
    public static readonly Msg CheckInPresentLabel = new("✓ {0}", "✓ {0}");
}
