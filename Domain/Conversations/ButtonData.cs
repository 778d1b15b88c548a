using System.Text;

namespace Domain.Conversations;

/// <summary>
/// The wire form of a button, in one place: "flow:part:part…", within Telegram's limit for
/// callback data. Buttons in old chat messages carry this form, so it must not change.
/// </summary>
public static class ButtonData
{
    /// <summary>Telegram's limit for a button's data, in UTF-8 bytes.</summary>
    public const int MaxBytes = 64;

    public const char Separator = ':';

    /// <summary>
    /// Joins a flow and its parts. Only the last part may hold the separator (a decoder that takes
    /// "the rest" reads it back whole); anything longer than <see cref="MaxBytes"/> is a bug.
    /// </summary>
    public static string Join(string flow, params string[] parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(flow);
        ArgumentNullException.ThrowIfNull(parts);
        if (flow.Contains(Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The flow '{flow}' holds '{Separator}'.", nameof(flow));
        }

        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i].Contains(Separator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Part {i} of a '{flow}' button holds '{Separator}'.", nameof(parts));
            }
        }

        var data = parts.Length == 0 ? flow : flow + Separator + string.Join(Separator, parts);
        if (Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            throw new ArgumentException($"A '{flow}' button's data is over {MaxBytes} bytes.", nameof(parts));
        }

        return data;
    }

    /// <summary>Splits data into its flow and parts; "rsvp" has no parts, "rsvp:" one empty part.</summary>
    public static bool TrySplit(string? data, out string flow, out IReadOnlyList<string> parts)
    {
        if (string.IsNullOrEmpty(data))
        {
            flow = string.Empty;
            parts = [];
            return false;
        }

        var all = data.Split(Separator);
        flow = all[0];
        parts = all[1..];
        return true;
    }

    /// <summary>The parts from <paramref name="start"/> on, joined back: a last part that may hold the separator.</summary>
    public static string Rest(IReadOnlyList<string> parts, int start)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Join(Separator, parts.Skip(start));
    }
}
