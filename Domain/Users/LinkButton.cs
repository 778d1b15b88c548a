using Domain.Conversations;

namespace Domain.Users;

/// <summary>
/// The buttons of identity linking: the channel for notices, the typer's answer to whose profile
/// they would join, and the code owner's answer after that.
/// </summary>
public abstract record LinkButton : IButton<LinkButton>
{
    private const string Last = "last";

    private LinkButton()
    {
    }

    public static string Flow => "link";

    public static LinkButton? Decode(IReadOnlyList<string> parts)
    {
        if (parts is not [var verb, _, ..])
        {
            return null;
        }

        // A channel key holds a colon itself, so the argument is the rest of the data.
        var arg = ButtonData.Rest(parts, 1);
        return verb switch
        {
            "via" when arg == Last => new ReceiveVia(null),
            "via" => UserKey.TryParse(arg, out var channel) ? new ReceiveVia(channel) : null,
            "join" => new Join(arg),
            "stop" => new Withdraw(arg),
            "ok" => new Answer(arg, true),
            "no" => new Answer(arg, false),
            _ => null,
        };
    }

    public abstract string Encode();

    /// <summary>Notices go to <paramref name="Channel"/>, or to the channel last used when null.</summary>
    public sealed record ReceiveVia(UserKey? Channel) : LinkButton
    {
        public override string Encode() => ButtonData.Join(Flow, "via", Channel?.ToString() ?? Last);
    }

    /// <summary>The typer of a code joins the profile it belongs to.</summary>
    public sealed record Join(string CodeId) : LinkButton
    {
        public override string Encode() => ButtonData.Join(Flow, "join", CodeId);
    }

    /// <summary>The typer of a code does not join after all.</summary>
    public sealed record Withdraw(string CodeId) : LinkButton
    {
        public override string Encode() => ButtonData.Join(Flow, "stop", CodeId);
    }

    /// <summary>The code owner accepts or refuses the typer.</summary>
    public sealed record Answer(string CodeId, bool Accept) : LinkButton
    {
        public override string Encode() => ButtonData.Join(Flow, Accept ? "ok" : "no", CodeId);
    }
}
