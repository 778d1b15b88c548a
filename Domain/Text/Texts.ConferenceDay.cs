namespace Domain.Text;

/// <summary>The conference day: who arrives although they said otherwise.</summary>
public static partial class Texts
{
    /// <summary>{0} the person's line in the hand check-in list.</summary>
    public static readonly Msg CheckInDeclinedLabel = new("{0} (đã báo vắng)", "{0} (said not attending)");
}
