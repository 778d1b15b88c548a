namespace Domain.Text;

/// <summary>The ward reports reached from a meeting's card in /sukien.</summary>
public static partial class Texts
{
    public static readonly Msg MeetingReportsButton = new("📊 Báo cáo đơn vị", "📊 Unit reports");
}
