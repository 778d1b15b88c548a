namespace Domain.Text;

/// <summary>The conference day: a copied meeting's formal particulars, and who arrives although they said otherwise.</summary>
public static partial class Texts
{
    /// <summary>{0} the person's line in the hand check-in list.</summary>
    public static readonly Msg CheckInDeclinedLabel = new("{0} (đã báo vắng)", "{0} (said not attending)");

    public static readonly Msg MeetingCopyIssuingCleared = new(
        "Số kế hoạch và ngày ban hành thuộc kế hoạch cũ nên không được sao chép; Anh/Chị nhập cho kế hoạch mới bên dưới trước khi gửi thư mời.",
        "The plan number and date of issue belong to the old plan and were not copied; enter the new plan's below before sending invitations.");
}
