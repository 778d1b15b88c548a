using System.Text.RegularExpressions;

namespace Domain.Members;

/// <summary>
/// One way to compare people's names as typed: "  Trần  Văn Bình " and "trần văn bình" are the
/// same name. Used to match a nominee to a member and, hashed, to find an erased person's name.
/// </summary>
public static partial class PersonNames
{
    /// <summary>Trimmed, in one Unicode form, runs of whitespace made one space, lower-cased.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Spaces().Replace(name.Normalize().Trim(), " ").ToLowerInvariant();
    }

    public static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
