namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg LinkNeedsMember = new(
        "Bạn chưa đăng ký trên kênh này. Nếu đã đăng ký trên kênh khác (Telegram hoặc Zalo), hãy gửi /lienket ở đó để lấy mã, rồi gửi <code>/lienket MÃ</code> ở đây.",
        "You have not registered on this channel. If you registered on the other one (Telegram or Zalo), send /link there for a code, then send <code>/link CODE</code> here.");

    public static readonly Msg LinkCodeIssued = new(
        "🔗 Mã liên kết: <b>{0}</b> (dùng được trong {1} phút, một lần).\nTrên kênh kia (Telegram hoặc Zalo), gửi:\n<code>/lienket {0}</code>\nHai kênh sẽ dùng chung hồ sơ, câu trả lời và chỉ nhận mỗi thông báo một lần.",
        "🔗 Link code: <b>{0}</b> (valid for {1} minutes, once).\nOn the other channel (Telegram or Zalo), send:\n<code>/link {0}</code>\nBoth channels will share your profile and answers, and get each notice once.");

    public static readonly Msg LinkedChannels = new(
        "Đã liên kết: {0}. Thông báo gửi qua: <b>{1}</b>.",
        "Linked: {0}. Notices go to: <b>{1}</b>.");

    public static readonly Msg LastUsedChannel = new("kênh bạn dùng gần nhất ({0})", "the channel you used last ({0})");

    public static readonly Msg ReceiveVia = new("Nhận thông báo qua {0}", "Get notices on {0}");

    public static readonly Msg ReceiveViaLast = new("Theo kênh dùng gần nhất", "The channel I used last");

    public static readonly Msg ReceiveViaSet = new("✓ Từ nay thông báo gửi qua {0}.", "✓ Notices now go to {0}.");

    public static readonly Msg LinkCodeFormat = new(
        "Mã liên kết gồm 6 chữ số, ví dụ: <code>/lienket 123456</code>.",
        "A link code has 6 digits, for example: <code>/link 123456</code>.");

    public static readonly Msg LinkCodeUnknown = new(
        "Mã này không đúng hoặc đã hết hạn. Gửi /lienket trên kênh đã đăng ký để lấy mã mới.",
        "This code is wrong or has expired. Send /link on the channel you registered on for a new one.");

    public static readonly Msg LinkTooManyTries = new(
        "Bạn đã nhập sai mã quá nhiều lần. Hãy thử lại sau một giờ.",
        "Too many wrong codes. Try again in an hour.");

    public static readonly Msg LinkSameAccount = new(
        "Kênh này đã được liên kết với hồ sơ của bạn rồi.",
        "This channel is already linked to your profile.");

    public static readonly Msg LinkDone = new(
        "✓ Đã liên kết {0} với hồ sơ của <b>{1}</b>. Từ nay hai kênh dùng chung hồ sơ và câu trả lời; thông báo gửi qua kênh bạn dùng gần nhất (đổi bằng /lienket).",
        "✓ {0} is now linked to the profile of <b>{1}</b>. Both channels share your profile and answers; notices go to the channel you used last (change it with /link).");

    public static readonly Msg LinkFailed = new(
        "Không liên kết được: mã đã hết hạn hoặc hồ sơ không còn. Hãy lấy mã mới bằng /lienket.",
        "Could not link: the code expired or the profile is gone. Get a new code with /link.");
}

/// <summary>How channels without buttons or files (Zalo) say what Telegram shows.</summary>
public static partial class Texts
{
    public static readonly Msg AnswerOne = new("Trả lời {0}.", "Reply {0}.");

    public static readonly Msg AnswerEither = new("Trả lời {0} hoặc {1}.", "Reply {0} or {1}.");

    public static readonly Msg AnswerRange = new("Trả lời một số từ 1 đến {0}.", "Reply with a number from 1 to {0}.");

    public static readonly Msg FileNotOnChannel = new(
        "📎 {0}: Zalo không nhận tệp từ bot. Hãy nhờ ban tổ chức gửi qua Telegram, hoặc mở tệp này trên Telegram.",
        "📎 {0}: Zalo bots cannot send files. Ask an organizer to send it on Telegram, or open it there.");

    public static readonly Msg PhotoNotOnChannel = new(
        "🖼 Thông báo có kèm ảnh; Zalo không nhận ảnh này từ bot. Xem ảnh trên Telegram hoặc hỏi ban tổ chức.",
        "🖼 The notice has a picture that Zalo cannot show from a bot. See it on Telegram or ask an organizer.");

    public static readonly Msg MapLink = new("📍 {0}\n{1}\nBản đồ: {2}", "📍 {0}\n{1}\nMap: {2}");
}

/// <summary>Organizers merging two profiles of one person (/thanhvien).</summary>
public static partial class Texts
{
    public static readonly Msg MergeProfile = new("🔗 Gộp với hồ sơ cùng số điện thoại", "🔗 Merge with a profile of the same number");

    public static readonly Msg MergeChoose = new(
        "Gộp hồ sơ {0} ({1}) vào hồ sơ nào? Hồ sơ được chọn giữ nguyên; câu trả lời và ý kiến được chuyển sang, và người đó dùng chung một hồ sơ trên cả hai kênh.",
        "Merge the profile of {0} ({1}) into which one? The chosen profile stays; answers and comments move to it, and the person uses one profile on both channels.");

    public static readonly Msg MergeCandidate = new("{0} – {1}, {2}", "{0} – {1}, {2}");

    public static readonly Msg MergeNone = new("Không có hồ sơ nào khác cùng số điện thoại.", "No other profile has the same phone number.");

    public static readonly Msg MergeDone = new("✓ Đã gộp: {0} ({1}) dùng chung hồ sơ của {2}.", "✓ Merged: {0} ({1}) now shares the profile of {2}.");
}
