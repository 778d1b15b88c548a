namespace Domain.Text;

/// <summary>Refusals that keep a step's choices on screen, and a preview that waited too long.</summary>
public static partial class Texts
{
    /// <summary>{0} the deadline that passed while the preview waited.</summary>
    public static readonly Msg CampaignDeadlinePassedBeforeSend = new(
        "Thời hạn {0} đã qua nên chưa gửi chiến dịch. Anh/Chị gõ thời hạn mới.",
        "The deadline {0} has passed, so the campaign was not sent. Type a new deadline.");
}
