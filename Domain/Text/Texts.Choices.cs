namespace Domain.Text;

/// <summary>Answers to typed text that chooses nothing: a stale number, words that fit no shown choice.</summary>
public static partial class Texts
{
    public static readonly Msg ChoiceNumberNotShown = new(
        "Số này không có trong danh sách đang hiển thị. Anh/Chị chọn lại trong tin nhắn mới nhất hoặc gõ lại lệnh.",
        "This number is not in the list on screen. Please choose again in the latest message or type the command again.");

    /// <summary>{0} the last number shown (choices 1 to {0} are still on screen).</summary>
    public static readonly Msg ChoiceNumberNotListed = new(
        "Số này không có trong danh sách đang hiển thị. Anh/Chị gõ số từ 1 đến {0} để chọn, hoặc gõ lại lệnh.",
        "This number is not in the list on screen. Please type a number from 1 to {0} to choose, or type the command again.");

    /// <summary>{0} the last number shown (choices 1 to {0} are still on screen).</summary>
    public static readonly Msg ChoiceWordsNotRead = new(
        "Trợ lý chưa hiểu lựa chọn này. Anh/Chị gõ số từ 1 đến {0} để chọn, hoặc gõ lại lệnh.",
        "The assistant did not understand this choice. Please type a number from 1 to {0} to choose, or type the command again.");

    public static readonly Msg ChoiceOneNotRead = new(
        "Trợ lý chưa hiểu lựa chọn này. Anh/Chị gõ 1 để chọn, hoặc gõ lại lệnh.",
        "The assistant did not understand this choice. Please type 1 to choose, or type the command again.");
}
