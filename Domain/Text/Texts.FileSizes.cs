namespace Domain.Text;

/// <summary>File sizes (<see cref="FileSize"/>): {0} the number, already in the reader's style.</summary>
public static partial class Texts
{
    public static readonly Msg SizeBytes = new("{0} byte", "{0} bytes");

    public static readonly Msg SizeKilobytes = new("{0} KB", "{0} KB");

    public static readonly Msg SizeMegabytes = new("{0} MB", "{0} MB");
}
