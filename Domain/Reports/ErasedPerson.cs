using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Domain.Members;

namespace Domain.Reports;

/// <summary>
/// Who was erased, as the report desk learns it: salted SHA-256 hashes of the person's channel keys
/// of their normalized name (<see cref="PersonNames.Normalize"/>) and of their phone number
/// (<see cref="PhoneRule.Normalize"/>), never the keys, the name or the number.
/// The signal that carries it waits in the inbox while the erasing turn's scrub runs: a plain key
/// or name there would be blanked with the rest of the person's traces, and would itself be
/// personal data left behind. The salt, one per erasure, keeps one table of hashes from serving for all.
/// </summary>
public sealed partial record ErasedPerson(string Salt, IReadOnlyList<string> KeyHashes, string? NameHash, string? PhoneHash = null)
{
    public static ErasedPerson Of(string salt, IEnumerable<string> keys, string? name, string? phone = null) => new(
        salt,
        keys.Select(k => Hash(salt, k)).ToList(),
        string.IsNullOrWhiteSpace(name) ? null : Hash(salt, PersonNames.Normalize(name)),
        PhoneRule.Normalize(phone) is { } number ? Hash(salt, number) : null);

    /// <summary>Whether a stored id (who started, sent or accepted; a nominee's member id) is one of theirs.</summary>
    public bool IsKey(string? id) => id is not null && KeyHashes.Contains(Hash(Salt, id), StringComparer.Ordinal);

    /// <summary>Whether a nominee's name, as typed, is theirs.</summary>
    public bool IsName(string name) => NameHash is not null && string.Equals(NameHash, Hash(Salt, PersonNames.Normalize(name)), StringComparison.Ordinal);

    /// <summary>Whether a phone number, as written, is theirs.</summary>
    public bool IsPhone(string written) => PhoneHash is not null && PhoneRule.Normalize(written) is { } number && string.Equals(PhoneHash, Hash(Salt, number), StringComparison.Ordinal);

    /// <summary>
    /// The text with each mention of their name (a run of two to six words, however spaced or
    /// cased, punctuation or HTML tags around it left) and of their phone number (in any of the
    /// ways people write one: 0912345678, 0912 345 678, 0912.345.678, +84 912 345 678) replaced by
    /// <paramref name="replacement"/>: a unit's difficulties or proposals, or a notice, may name the person in passing.
    /// </summary>
    public string Redact(string text, string replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RedactPhone(RedactName(text, replacement), replacement);
    }

    private string RedactName(string text, string replacement)
    {
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

    /// <summary>
    /// Each run of digit groups joined by single spaces, dots or dashes is tried from each group
    /// to each later one, so a number is found however it is grouped and whatever digits stand beside it.
    /// </summary>
    private string RedactPhone(string text, string replacement)
    {
        if (PhoneHash is null || text.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var copied = 0;
        foreach (Match run in DigitRuns().Matches(text))
        {
            var groups = DigitGroup().Matches(run.Value);
            for (var i = 0; i < groups.Count; i++)
            {
                for (var j = groups.Count - 1; j >= i; j--)
                {
                    var start = run.Index + groups[i].Index;
                    var end = run.Index + groups[j].Index + groups[j].Length;
                    if (end - start <= MaxPhoneChars && IsPhone(text[start..end]))
                    {
                        result.Append(text, copied, start - copied).Append(replacement);
                        copied = end;
                        i = j;
                        break;
                    }
                }
            }
        }

        return copied == 0 ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The same person and salt (records compare lists by reference).</summary>
    public bool SameAs(ErasedPerson other) =>
        other is not null && Salt == other.Salt && NameHash == other.NameHash && PhoneHash == other.PhoneHash && KeyHashes.SequenceEqual(other.KeyHashes, StringComparer.Ordinal);

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

    // "+84 912 345 678" with a separator between every digit would be the longest way to write one.
    private const int MaxPhoneChars = 24;

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

    // Angle brackets end a word too: a notice's text is HTML, and "<b>Lê" starts with the name.
    [GeneratedRegex(@"[^\s<>]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![\d+])\+?\d+(?:[ .\-]\d+)*")]
    private static partial Regex DigitRuns();

    [GeneratedRegex(@"\+?\d+")]
    private static partial Regex DigitGroup();

    private static string Hash(string salt, string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}|{value}")));
}
