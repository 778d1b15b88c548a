using System.Security.Cryptography;
using System.Text;

namespace Domain.Guests;

/// <summary>
/// Random secrets for links and door codes. Only their SHA-256 is stored, so a copy of the data
/// file opens no invitation, and a typed secret is compared with the stored one in constant time.
/// </summary>
public static class SecretToken
{
    /// <summary>Letters and digits: safe in a Telegram start parameter, a URL and a button.</summary>
    private const string LinkAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Capitals and digits without the look-alikes (0/O, 1/I/L), to read off a screen and type.</summary>
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int LinkLength = 22;

    public const int CodeLength = 6;

    /// <summary>A link secret: 22 characters of 62, about 131 bits.</summary>
    public static string NewLinkToken() => RandomNumberGenerator.GetString(LinkAlphabet, LinkLength);

    /// <summary>A door code: 6 characters of 31, rate-limited per person (see <see cref="CheckIn.CodeAttempts"/>).</summary>
    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    /// <summary>Lowercase hex of the SHA-256 of the secret; codes are compared without regard to case.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    public static string HashCode(string code) => Hash(NormalizeCode(code));

    public static string NormalizeCode(string code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>Whether the secret hashes to the stored hash, in time that does not depend on where they differ.</summary>
    public static bool Matches(string? secret, string? storedHash)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(storedHash))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
    }

    /// <summary>Looks like a link secret: the right length and alphabet, so nothing else is hashed and looked up.</summary>
    public static bool IsLinkToken(string? text) =>
        text is { Length: LinkLength } && text.All(c => char.IsAsciiLetterOrDigit(c));

    public static bool IsCode(string? text) =>
        NormalizeCode(text ?? string.Empty) is { Length: CodeLength } code && code.All(c => CodeAlphabet.Contains(c, StringComparison.Ordinal));
}
