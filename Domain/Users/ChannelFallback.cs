using Domain.Conversations;

namespace Domain.Users;

/// <summary>
/// A channel of a linked person turned out unreachable (they blocked the bot there): later
/// messages go to their other channel instead of being lost there too.
/// </summary>
public sealed class ChannelFallback : ISignalHandler
{
    public const string SignalName = "channel.unreachable";

    private static readonly UserKey System = new("system", "delivery");

    public string Name => SignalName;

    /// <summary>The signal the sender writes when <paramref name="channel"/> refused a message.</summary>
    public static InboundEnvelope Signal(UserKey channel, long deliveryId, DateTimeOffset now) =>
        new($"unreachable:{channel}:{deliveryId}", channel, new SignalIn(SignalName, System, channel.ToString()), now);

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var person = turn.From.ToString();
        var others = Identities.ChannelsOf(turn.Store, turn.From).Where(c => c.ToString() != signal.Args).ToList();
        if (others.Count == 0 || turn.Store.Find<PreferredChannel>(person) is not { } preferred || preferred.Via != signal.Args)
        {
            return;
        }

        turn.Changes.Put(new PreferredChannel(person, others[0].ToString(), Chosen: false));
        turn.Audit("channel.fallback", person, $"{signal.Args} -> {others[0]}");
    }
}
