namespace Domain.Text;

public static partial class Texts
{
    // The monthly summary's full tables, sent as files beside the text and the chart.
    public static readonly Msg CampaignSummaryFileTitle = new("Tổng kết chiến dịch tháng {0}", "Campaign summary for {0}");

    public static readonly Msg CampaignSummaryFileNote = new(
        "{0} chiến dịch; tỷ lệ hoàn thành = đã thực hiện / số lần nhận",
        "{0} campaigns; completion = done / times received");

    public static readonly Msg CampaignSummaryFilesCaption = new(
        "Bảng đầy đủ tháng {0}: theo đơn vị và theo từng thành viên",
        "The full tables for {0}: per unit and per member");

    public static readonly Msg CampaignSummaryLeftOut = new(
        "{0} chiến dịch đã quá thời hạn lưu danh sách người nhận: số liệu đơn vị vẫn đủ, bảng thành viên không tính các chiến dịch này.",
        "{0} campaigns are past the time their recipient lists are kept: the unit figures are complete, the member table leaves them out.");

    // A proof picture the channel delivered without anything to keep.
    public static readonly Msg CampaignProofUnreadable = new(
        "Trợ lý không nhận được ảnh này. Anh/Chị gửi liên kết của bài đã chia sẻ thay cho ảnh, hoặc gửi lại ảnh chụp màn hình dưới dạng ảnh.",
        "The assistant could not receive this picture. Please send the link of your share instead, or send the screenshot again as a photo.");

    // More links than an answer keeps: the message is refused whole, so nothing is dropped unsaid.
    public static readonly Msg CampaignTooManyLinks = new(
        "Mỗi chiến dịch ghi nhận tối đa {0} liên kết. Anh/Chị gửi ít liên kết hơn.",
        "A campaign keeps at most {0} links. Please send fewer.");
}
