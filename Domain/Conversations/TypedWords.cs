using Domain.Text;

namespace Domain.Conversations;

/// <summary>
/// A typed answer compared with choices' labels: as typed (<paramref name="Exact"/>) first, then
/// without diacritics (<paramref name="Plain"/>, see <see cref="Folded"/>). Words that fit two
/// labels the same way choose nothing.
/// </summary>
internal sealed record TypedWords(string Exact, string Plain)
{
    public ((long Seq, Choice Choice)? Found, bool Ambiguous) Find(IReadOnlyList<(long Seq, Choice Choice)> choices)
    {
        var exact = Exact.Length == 0 ? [] : choices.Where(c => ShownChoices.Comparable(c.Choice.Label) == Exact).ToList();
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? (exact[0], false) : (null, true);
        }

        var plain = Plain.Length == 0 ? [] : choices.Where(c => Folded.Of(c.Choice.Label) == Plain).ToList();
        return plain.Count switch
        {
            0 => (null, false),
            1 => (plain[0], false),
            _ => (null, true),
        };
    }
}
