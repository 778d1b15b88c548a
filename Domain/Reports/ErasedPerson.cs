using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Domain.Members;

namespace Domain.Reports;

/// <summary>
/// Who was erased, as the report desk learns it: salted SHA-256 hashes of the person's channel keys
/// and of their normalized name (<see cref="PersonNames.Normalize"/>), never the keys or the name.
/// The signal that carries it waits in the inbox while the erasing turn's scrub runs: a plain key
/// or name there would be blanked with the rest of the person's traces, and would itself be
/// personal data left behind. The salt, one per erasure, keeps one table of hashes from serving for all.
/// </summary>
public sealed partial record ErasedPerson(string Salt, IReadOnlyList<string> KeyHashes, string? NameHash)
{
    public static ErasedPerson Of(string salt, IEnumerable<string> keys, string? name) => new(
        salt,
        keys.Select(k => Hash(salt, k)).ToList(),
        string.IsNullOrWhiteSpace(name) ? null : Hash(salt, PersonNames.Normalize(name)));

    /// <summary>Whether a stored id (who started, sent or accepted; a nominee's member id) is one of theirs.</summary>
    public bool IsKey(string? id) => id is not null && KeyHashes.Contains(Hash(Salt, id), StringComparer.Ordinal);

    /// <summary>Whether a nominee's name, as typed, is theirs.</summary>
    public bool IsName(string name) => NameHash is not null && string.Equals(NameHash, Hash(Salt, PersonNames.Normalize(name)), StringComparison.Ordinal);

    /// <summary>
    /// The text with each mention of their name (a run of two to six words, however spaced or
    /// cased, punctuation around it left) replaced by <paramref name="replacement"/>: a unit's
    /// difficulties or proposals may name the person in passing.
    /// </summary>
    public string Redact(string text, string replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NameHash is null || text.Length == 0)
        {
            return text;
        }

        var words = Words().Matches(text);
        var result = new StringBuilder(text.Length);
        var copied = 0;
        for (var i = 0; i < words.Count; i++)
        {
            for (var count = Math.Min(MaxNameWords, words.Count - i); count >= 2; count--)
            {
                var start = words[i].Index + Edge(words[i].Value, fromStart: true);
                var last = words[i + count - 1];
                var end = last.Index + last.Length - Edge(last.Value, fromStart: false);
                if (end > start && IsName(text[start..end]))
                {
                    result.Append(text, copied, start - copied).Append(replacement);
                    copied = end;
                    i += count - 1;
                    break;
                }
            }
        }

        return copied == 0 ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The same person and salt (records compare lists by reference).</summary>
    public bool SameAs(ErasedPerson other) =>
        other is not null && Salt == other.Salt && NameHash == other.NameHash && KeyHashes.SequenceEqual(other.KeyHashes, StringComparer.Ordinal);

    public string Write() => JsonSerializer.Serialize(this);

    public static ErasedPerson? Read(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<ErasedPerson>(json) is { Salt.Length: > 0, KeyHashes.Count: > 0 } person ? person : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private const int MaxNameWords = 6;

    /// <summary>How many characters at one end of a word are not letters or digits: "(Lan," is "Lan" in brackets, with a comma.</summary>
    private static int Edge(string word, bool fromStart)
    {
        var n = 0;
        while (n < word.Length && !char.IsLetterOrDigit(word[fromStart ? n : word.Length - 1 - n]))
        {
            n++;
        }

        return n;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    private static string Hash(string salt, string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}|{value}")));
}
