namespace Domain.Text;

public static partial class Texts
{
    /// <summary>When a notice was sent, as its progress, report and history name it: hour, minute, d/M/yyyy.</summary>
    public static readonly Msg NoticeSentAt = new("{0}g{1} ngày {2}", "{0}:{1} on {2}");
}
