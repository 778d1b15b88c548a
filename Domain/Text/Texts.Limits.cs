namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg TooFast = new(
        "Anh/Chị đang gửi quá nhanh. Trợ lý tạm bỏ qua các tin nhắn tiếp theo. Xin Anh/Chị chờ một phút rồi gửi lại.",
        "You are sending messages too fast. The assistant is ignoring the next ones for now. Please wait a minute, then send again.");
}
