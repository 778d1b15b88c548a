namespace Domain.Conversations;

/// <summary>
/// On a channel without buttons a person types a shown choice's number or label: the turn reads it
/// as that choice (a button's press, or a keyboard key's text) against what their chat was shown
/// (<see cref="ShownChoices"/>). A chat that was shown nothing (every Telegram chat) is untouched,
/// and so is a command.
/// </summary>
public static class TypedChoices
{
    public static InboundEnvelope Resolve(InboundEnvelope envelope, IReadModel store)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(store);
        if (envelope.Event is not TextIn typed
            || store.Find<ShownChoices>(envelope.From.ToString()) is not { } shown
            || shown.Match(typed.Text) is not { } picked)
        {
            return envelope;
        }

        Inbound pressed = picked.Choice.ButtonData is { } data ? new ButtonIn(data, null, picked.Seq) : new TextIn(picked.Choice.Label);
        return envelope with { Event = pressed };
    }
}
