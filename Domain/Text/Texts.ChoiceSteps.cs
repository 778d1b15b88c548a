namespace Domain.Text;

public static partial class Texts
{
    public static readonly Msg PreviewNobody = new(
        "Chưa có ai trong nhóm người nhận ({0}), nên chưa gửi được. Anh/Chị chọn lại người nhận.",
        "Nobody is in this audience ({0}), so nothing can be sent. Choose the recipients again.");

    public static readonly Msg CampaignNoLinkInText = new(
        "Tin nhắn chưa có liên kết nào. Anh/Chị gửi liên kết bắt đầu bằng https://, hoặc ảnh chụp màn hình.",
        "The message holds no link. Send a link starting with https://, or a screenshot.");

    public static readonly Msg CommentsUseGopy = new("Để gửi ý kiến thảo luận, Anh/Chị gõ /gopy.", "To send a discussion comment, type /gopy.");
}
