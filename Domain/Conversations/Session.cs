using Domain.Text;
using Domain.Users;

namespace Domain.Conversations;

/// <summary>
/// The bot's technical memory of one chat: language, the flow and step the person is in, and the
/// answers of that flow so far. Personal details enter <see cref="Draft"/> only after consent.
/// </summary>
public sealed record Session : IEntity
{
    public required string Id { get; init; }

    public Lang Lang { get; init; }

    public string? Flow { get; init; }

    public string? State { get; init; }

    public IReadOnlyDictionary<string, string> Draft { get; init; } = new Dictionary<string, string>();

    public UserKey Key => UserKey.Parse(Id);

    public static Session New(UserKey key, Lang lang) => new() { Id = key.ToString(), Lang = lang };

    public Session Enter(string flow, string state) =>
        this with { Flow = flow, State = state, Draft = new Dictionary<string, string>() };

    /// <summary>Enters a flow at a step of its machine; the step is stored by its name.</summary>
    public Session Enter<TState>(string flow, TState state)
        where TState : struct, Enum => Enter(flow, StepName.Of(state));

    /// <summary>The stored step as the flow's state, or null when none is stored or it names no state.</summary>
    public TState? Step<TState>()
        where TState : struct, Enum => StepName.Parse<TState>(State);

    /// <summary>Moves to another step of the same flow, keeping the answers so far.</summary>
    public Session At<TState>(TState state)
        where TState : struct, Enum => this with { State = StepName.Of(state) };

    public Session Leave() => this with { Flow = null, State = null, Draft = new Dictionary<string, string>() };

    public string? Get(string field) => Draft.TryGetValue(field, out var value) ? value : null;

    public Session Set(string field, string? value)
    {
        var draft = new Dictionary<string, string>(Draft);
        if (value is null)
        {
            draft.Remove(field);
        }
        else
        {
            draft[field] = value;
        }

        return this with { Draft = draft };
    }
}
