using System.Text.RegularExpressions;

namespace Domain.Tests.Fuzz;

/// <summary>
/// The invitation links and door codes the bot showed anyone during a run: passed on, as people
/// pass them on, so that guests open invitations and people check in at the door.
/// </summary>
public sealed partial class FuzzSecrets
{
    private readonly List<string> typed = [];

    public int Count => typed.Count;

    /// <summary>Keeps what a message to anyone holds: "/start g_…" and "/start d_…" payloads, and a door code.</summary>
    public void Note(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match payload in PayloadPattern().Matches(text))
        {
            Add("/start " + payload.Value);
        }

        foreach (Match code in CodePattern().Matches(text))
        {
            Add("/diemdanh " + code.Groups[1].Value);
        }
    }

    /// <summary>Now and then one of them, to type; mostly null.</summary>
    public string? Pick(int seed) => typed.Count > 0 && seed % 6 == 1 ? typed[seed / 6 % typed.Count] : null;

    private void Add(string text)
    {
        if (!typed.Contains(text, StringComparer.Ordinal))
        {
            typed.Add(text);
        }
    }

    [GeneratedRegex("(?<![A-Za-z0-9])[gd]_[A-Za-z0-9]{16,}")]
    private static partial Regex PayloadPattern();

    [GeneratedRegex("<b>([A-Z2-9]{6})</b>")]
    private static partial Regex CodePattern();
}
