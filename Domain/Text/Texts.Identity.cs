namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg LinkNeedsMember = new(
        "Anh/Chị chưa đăng ký trên kênh này. Nếu đã đăng ký trên kênh khác (Telegram hoặc Zalo), Anh/Chị gửi /lienket ở đó để lấy mã, rồi gửi <code>/lienket MÃ</code> ở đây.",
        "You have not registered on this channel. If you registered on the other one (Telegram or Zalo), send /link there for a code, then send <code>/link CODE</code> here.");

    public static readonly Msg LinkCodeIssued = new(
        "🔗 Mã liên kết: <b>{0}</b> (có hiệu lực {1} phút, chỉ dùng một lần).\nChỉ chính Anh/Chị nhập mã này, trên tài khoản kia của Anh/Chị (Telegram hoặc Zalo):\n<code>/lienket {0}</code>\n⚠️ Không bao giờ nhờ người khác nhập mã này: người nhập mã sẽ dùng chung hồ sơ với Anh/Chị.\nSau khi liên kết, Anh/Chị dùng một hồ sơ trên hai kênh và mỗi thông báo chỉ nhận một lần.",
        "🔗 Link code: <b>{0}</b> (valid for {1} minutes, once).\nOnly you type this code, on your other account (Telegram or Zalo):\n<code>/link {0}</code>\n⚠️ Never ask anyone else to type this code: whoever types it shares your profile.\nOnce linked, you use one profile on both channels and get each notice once.");

    public static readonly Msg LinkedChannels = new(
        "Đã liên kết: {0}. Thông báo gửi qua: <b>{1}</b>.",
        "Linked: {0}. Notices go to: <b>{1}</b>.");

    public static readonly Msg LastUsedChannel = new("kênh Anh/Chị dùng gần nhất ({0})", "the channel you used last ({0})");

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
        "Anh/Chị đã nhập sai mã quá nhiều lần. Anh/Chị vui lòng thử lại sau một giờ.",
        "Too many wrong codes. Try again in an hour.");

    public static readonly Msg LinkSameAccount = new(
        "Mã này là của chính Anh/Chị: Anh/Chị gửi mã trên kênh kia (Telegram hoặc Zalo). Nếu hai kênh đã liên kết thì không cần làm gì thêm.",
        "This is your own code: send it on the other channel (Telegram or Zalo). If both are linked already, there is nothing more to do.");

    public static readonly Msg LinkAsked = new(
        "Đã gửi yêu cầu liên kết. Hãy bấm Đồng ý liên kết trên tài khoản đã lấy mã.",
        "Link request sent. Press Agree on the account where you got the code.");

    public static readonly Msg LinkConfirm = new(
        "🔗 Một tài khoản {0} vừa nhập mã liên kết của Anh/Chị. Chỉ bấm Đồng ý liên kết nếu chính Anh/Chị nhập mã trên tài khoản đó. Nếu không, bấm Từ chối.",
        "🔗 A {0} account just typed your link code. Press Agree only if you typed it yourself on that account. If not, press Refuse.");

    public static readonly Msg LinkAccept = new("✅ Đồng ý liên kết", "✅ Agree");

    public static readonly Msg LinkReject = new("Từ chối", "Refuse");

    public static readonly Msg LinkConfirmed = new("✓ Đã liên kết với {0}.", "✓ Linked with {0}.");

    public static readonly Msg LinkDeclined = new("Đã từ chối; mã liên kết đã bị hủy.", "Refused; the link code is cancelled.");

    public static readonly Msg LinkRefused = new("Yêu cầu liên kết đã bị từ chối.", "The link request was refused.");

    public static readonly Msg LinkDone = new(
        "✓ Đã liên kết {0} với hồ sơ của <b>{1}</b>. Từ nay hai kênh dùng chung hồ sơ và xác nhận tham dự; thông báo gửi qua kênh Anh/Chị dùng gần nhất (đổi bằng /lienket).",
        "✓ {0} is now linked to the profile of <b>{1}</b>. Both channels share your profile and answers; notices go to the channel you used last (change it with /link).");

    public static readonly Msg LinkFailed = new(
        "Không liên kết được: mã đã hết hạn hoặc hồ sơ không còn. Anh/Chị lấy mã mới bằng /lienket.",
        "Could not link: the code expired or the profile is gone. Get a new code with /link.");
}

/// <summary>How channels without buttons or files (Zalo) say what Telegram shows.</summary>
public static partial class Texts
{
    public static readonly Msg AnswerOne = new("Gõ {0} để chọn.", "Type {0} to choose.");

    public static readonly Msg AnswerEither = new("Gõ {0} hoặc {1}.", "Type {0} or {1}.");

    public static readonly Msg AnswerRange = new("Gõ một số từ 1 đến {0}.", "Type a number from 1 to {0}.");

    public static readonly Msg FileNotOnChannel = new(
        "📎 {0}: Trợ lý chưa gửi được tệp qua Zalo. Anh/Chị xem trên Telegram, hoặc nhờ Ban Tổ chức gửi.",
        "📎 {0}: the assistant cannot send files on Zalo. See it on Telegram, or ask an organizer to send it to you.");

    public static readonly Msg UnnamedFile = new("Tệp đính kèm", "Attachment");

    public static readonly Msg PhotoNotOnChannel = new(
        "🖼 Tin này có kèm ảnh, nhưng Trợ lý chưa gửi được ảnh này qua Zalo. Anh/Chị xem trên Telegram hoặc hỏi Ban Tổ chức.",
        "🖼 This message has a picture the assistant cannot send on Zalo. See it on Telegram or ask an organizer.");

    public static readonly Msg MapLink = new("📍 {0}\n{1}\nBản đồ: {2}", "📍 {0}\n{1}\nMap: {2}");
}

/// <summary>Organizers merging two profiles of one person (/thanhvien).</summary>
public static partial class Texts
{
    public static readonly Msg MergeProfile = new("🔗 Gộp với hồ sơ cùng số điện thoại", "🔗 Merge with a profile of the same number");

    public static readonly Msg MergeCandidate = new("{0} – {1}, {2}", "{0} – {1}, {2}");

    public static readonly Msg MergeNone = new("Không có hồ sơ nào khác cùng số điện thoại.", "No other profile has the same phone number.");

    public static readonly Msg MergeDone = new("✓ Đã gộp: {0} ({1}) dùng chung hồ sơ của {2}.", "✓ Merged: {0} ({1}) now shares the profile of {2}.");
}
