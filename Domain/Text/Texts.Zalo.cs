namespace Domain.Text;

/// <summary>Texts of the channels without buttons (Zalo, the console) and of Zalo's limits.</summary>
public static partial class Texts
{
    public static readonly Msg AnswerBetween = new("Gõ một số từ {0} đến {1}.", "Type a number from {0} to {1}.");

    public static readonly Msg ChoicesWithoutNumbers = new(
        "Anh/Chị đang trả lời câu hỏi trước, nên các lựa chọn của tin này chưa có số. Trả lời xong, Anh/Chị gõ đúng tên lựa chọn để chọn.",
        "You are answering an earlier question, so this message's choices have no numbers. When you are done, type the choice's name to choose it.");

    public static readonly Msg ZaloQuotaExhausted = new(
        "⚠️ Zalo báo Trợ lý đã hết hạn mức gửi tin. {0} tin nhắn qua Zalo đang chờ. Trợ lý giữ lại các tin này và tự gửi tiếp khi Zalo cho phép; Ban Tổ chức không cần làm gì.",
        "⚠️ Zalo says the bot's sending quota is used up. {0} Zalo messages are waiting. The bot keeps them and sends them on by itself once Zalo allows it; nothing to do.");
}
