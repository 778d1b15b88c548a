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

    /// <summary>
    /// A conversation a command interrupted, kept so its flow can take it up again where it was
    /// (only flows that say so, see <see cref="IFlow.KeepsDraftWhenLeft"/>). One at a time; erased with the session.
    /// </summary>
    public ParkedFlow? Parked { get; init; }

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

    /// <summary>Leaves the flow but keeps it aside, answers and all, for <see cref="Unpark"/>.</summary>
    public Session Park() => Flow is null ? this : Leave() with { Parked = new ParkedFlow(Flow, State, Draft) };

    /// <summary>Takes the kept conversation up again, where it was.</summary>
    public Session Unpark() => Parked is { } parked ? this with { Flow = parked.Flow, State = parked.State, Draft = parked.Draft, Parked = null } : this;

    public Session DropParked() => this with { Parked = null };

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

/// <summary>A flow set aside: its name, step and answers.</summary>
public sealed record ParkedFlow(string Flow, string? State, IReadOnlyDictionary<string, string> Draft)
{
    public string? Get(string field) => Draft.TryGetValue(field, out var value) ? value : null;
}
