namespace Domain.Text;

public static partial class Texts
{
    // ---- reports: the typed confirmation of accepting a nomination ----

    public static readonly Msg NominationAcceptConsequence = new(
        "Chấp nhận đề xuất khen thưởng {0} ({1})",
        "Accept the award nomination of {0} ({1})");
}
