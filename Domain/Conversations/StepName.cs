namespace Domain.Conversations;

/// <summary>
/// The one conversion between a machine's state and the name stored in the session (names, not
/// numbers, so a stored conversation survives states being added or reordered).
/// </summary>
public static class StepName
{
    public static string Of<TState>(TState state)
        where TState : struct, Enum =>
        Enum.IsDefined(state) ? state.ToString() : throw new ArgumentOutOfRangeException(nameof(state), state, "Not a state of the machine.");

    /// <summary>
    /// The state of that exact name; null for nothing stored, a number, or a name the machine no
    /// longer has (a conversation stored before a state was renamed or removed).
    /// </summary>
    public static TState? Parse<TState>(string? stored)
        where TState : struct, Enum
    {
        foreach (var state in Enum.GetValues<TState>())
        {
            if (string.Equals(state.ToString(), stored, StringComparison.Ordinal))
            {
                return state;
            }
        }

        return null;
    }
}
