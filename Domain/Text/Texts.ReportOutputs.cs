namespace Domain.Text;

public static partial class Texts
{
    // ---- reports: a round's title, told apart from another round of the same meeting ----

    /// <summary>{0} the meeting's short title, {1} the period.</summary>
    public static readonly Msg RoundLabel = new("{0} ({1})", "{0} ({1})");

    /// <summary>{0} the meeting's short title, {1} the period, {2} the day the round was opened.</summary>
    public static readonly Msg RoundLabelOpened = new("{0} ({1}, mở ngày {2})", "{0} ({1}, opened {2})");

    // ---- reports: whom accepting a nomination invites ----

    /// <summary>{0} the nominee, {1} their unit as written, {2} the member's name, {3} the member's unit.</summary>
    public static readonly Msg NominationWillInviteMember = new(
        "Chấp nhận đề xuất khen thưởng {0} ({1}): thư mời sẽ gửi đến thành viên {2} của {3}.",
        "Accept the award nomination of {0} ({1}): the invitation goes to the member {2} of {3}.");

    /// <summary>{0} the nominee, {1} their unit as written.</summary>
    public static readonly Msg NominationWillInviteGuest = new(
        "Chấp nhận đề xuất khen thưởng {0} ({1}): không có thành viên tên này ở đơn vị này, Trợ lý sẽ tạo thư mời khách.",
        "Accept the award nomination of {0} ({1}): no member of that name in that unit, so a guest invitation is made.");

    /// <summary>{0} the nominee, {1} their unit as written, {2} how many members have that name there.</summary>
    public static readonly Msg NominationWillInviteAmbiguous = new(
        "Chấp nhận đề xuất khen thưởng {0} ({1}): có {2} thành viên cùng tên ở đơn vị này nên Trợ lý không chọn thay, sẽ tạo thư mời khách.",
        "Accept the award nomination of {0} ({1}): {2} members of that unit have this name, so none is picked: a guest invitation is made.");

    /// <summary>{0} the collective, {1} its unit as written.</summary>
    public static readonly Msg NominationWillAcceptCollective = new(
        "Chấp nhận đề xuất khen thưởng tập thể {0} ({1}); không gửi thư mời.",
        "Accept the award nomination of the collective {0} ({1}); no invitation is sent.");

    /// <summary>{0} the nominee, {1} their unit as written, {2} the meeting.</summary>
    public static readonly Msg NominationWillInviteNobody = new(
        "Chấp nhận đề xuất khen thưởng {0} ({1}): {2} đã diễn ra nên không gửi thư mời.",
        "Accept the award nomination of {0} ({1}): {2} has taken place, so no invitation is sent.");

    /// <summary>{0} the nominee, {1} the meeting.</summary>
    public static readonly Msg NominationAcceptedMemberMeetingPast = new(
        "Đã chấp nhận đề xuất khen thưởng {0}. {1} đã diễn ra nên không gửi thư mời đến thành viên này.",
        "Nomination of {0} accepted. {1} has taken place, so no invitation is sent to this member.");
}
