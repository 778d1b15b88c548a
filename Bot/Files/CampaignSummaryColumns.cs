using Domain.Campaigns;

namespace Bot.Files;

/// <summary>
/// The columns of the monthly summary's two tables (per unit, per member), shared by the XLSX and
/// the CSV: names as text, then the figures.
/// </summary>
public static class CampaignSummaryColumns
{
    public const string UnitsSheet = "Theo đơn vị";
    public const string MembersSheet = "Theo thành viên";

    /// <summary>The total row's name in the units' table.</summary>
    public const string TotalName = "Toàn Tổ";

    public static readonly IReadOnlyList<string> Figures = ["Số lần nhận", "Đã thực hiện", "Không thực hiện được", "Chưa phản hồi", "Tỷ lệ hoàn thành (%)"];

    public static readonly IReadOnlyList<string> UnitTexts = ["Đơn vị"];

    public static readonly IReadOnlyList<string> MemberTexts = ["Đơn vị", "Họ và tên"];

    public static IReadOnlyList<string> UnitHeaders => [.. UnitTexts, .. Figures];

    public static IReadOnlyList<string> MemberHeaders => [.. MemberTexts, .. Figures];

    public static int[] Of(CampaignTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return [tally.Recipients, tally.Done, tally.CouldNot, tally.NoAnswer, tally.RatePercent];
    }

    public static int[] Of(MemberRate member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return [member.Received, member.Done, member.CouldNot, member.NoAnswer, member.RatePercent];
    }
}
