using System.Globalization;
using System.Security.Cryptography;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Users;

/// <summary>
/// /lienket: one person on two channels. Without a code it gives the member a one-time code (and
/// lets them choose where notices go). Typed on the other channel, the code first shows the typer
/// whose profile they would join and asks them; then the member who got the code confirms; the
/// merge runs in that member's own turn, like every other change to their records
/// (<see cref="LinkConsent"/>).
/// </summary>
public sealed class IdentityLinking(UnitCatalog units) : ICommandHandler, IButtonHandler<LinkButton>, ISignalHandler, IConfirmWhenTyped<LinkButton>
{
    public const string SignalName = "identity.link";

    /// <summary>In place of a code: an organizer proposed merging two profiles (/thanhvien).</summary>
    public const string ByOrganizer = "org";

    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    private const int MaxFailures = 5;
    private static readonly TimeSpan FailureWindow = TimeSpan.FromHours(1);

    private readonly LinkConsent consent = new(units);

    public IReadOnlyList<string> Names { get; } = ["lienket", "link"];

    public string Name => SignalName;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        var code = command.Args.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (code.Length == 0)
        {
            IssueCode(turn);
        }
        else
        {
            UseCode(turn, code);
        }
    }

    /// <summary>Agreeing to share one's profile with another account is confirmed once more when typed.</summary>
    public Html? Consequence(Turn turn, LinkButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        return button is LinkButton.Answer { Accept: true } answer
            && turn.Store.Find<LinkCode>(answer.CodeId) is { Claimant: { } claimant } code && code.Person == turn.From.ToString()
            && UserKey.TryParse(claimant, out var other)
            ? Texts.ConfirmLink.For(turn.Lang, ChannelNames.Of(other.Channel))
            : null;
    }

    public void Handle(Turn turn, LinkButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        switch (button)
        {
            case LinkButton.ReceiveVia(var channel):
                ChooseChannel(turn, channel);
                break;
            case LinkButton.Join(var codeId):
                // A guessed code pressed as a button counts as a wrong try, as a typed one does.
                if (Claimable(turn, codeId) is { } code)
                {
                    consent.Join(turn, code);
                }

                break;
            case LinkButton.Withdraw(var codeId):
                consent.Stop(turn, codeId);
                break;
            case LinkButton.Answer(var codeId, var accept):
                consent.Answer(turn, codeId, accept);
                break;
        }
    }

    /// <summary>
    /// Runs as the member whose profile is kept: "CODE|typer" asks them to confirm the typer;
    /// "org|other" starts an organizer's merge, which asks the person on both channels.
    /// </summary>
    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var parts = signal.Args.Split('|');
        if (parts.Length != 2 || !UserKey.TryParse(parts[1], out var other) || other == turn.From || turn.MemberOf() is null)
        {
            LinkConsent.Tell(turn, signal.By, Texts.LinkFailed);
            return;
        }

        if (parts[0] == ByOrganizer)
        {
            consent.ProposeMerge(turn, signal.By, other);
        }
        else
        {
            consent.AskOwner(turn, signal.By, parts[0], other);
        }
    }

    private static void ChooseChannel(Turn turn, UserKey? choice)
    {
        var person = turn.From;
        var channels = Identities.ChannelsOf(turn.Store, person);
        if (choice is null && channels.Count > 1)
        {
            turn.Changes.Put(new PreferredChannel(person.ToString(), turn.ArrivedVia.ToString(), Chosen: false));
            turn.Say(Texts.ReceiveViaSet, Texts.LastUsedChannel.For(turn.Lang, ChannelNames.Of(turn.ArrivedVia.Channel)));
        }
        else if (choice is { } chosen && channels.Contains(chosen))
        {
            turn.Changes.Put(new PreferredChannel(person.ToString(), chosen.ToString(), Chosen: true));
            turn.Say(Texts.ReceiveViaSet, ChannelNames.Of(chosen.Channel));
        }
        else
        {
            // Forged or from before an unlink: only the person's own channels can be chosen.
            ButtonRoute.Expired(turn);
        }
    }

    private static void IssueCode(Turn turn)
    {
        var person = turn.From;
        if (turn.MemberOf() is null)
        {
            turn.Say(Texts.LinkNeedsMember);
            return;
        }

        // One live code per person: a new one replaces the old.
        var id = person.ToString();
        foreach (var old in turn.Store.All<LinkCode>().Where(c => c.Person == id || c.ExpiresAt <= turn.Now))
        {
            turn.Changes.Delete<LinkCode>(old.Id);
        }

        string code;
        do
        {
            code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        }
        while (turn.Store.Find<LinkCode>(code) is { } taken && taken.ExpiresAt > turn.Now);

        turn.Changes.Put(new LinkCode(code, id, turn.Now + CodeLifetime));
        turn.Say(Texts.LinkCodeIssued, code, (int)CodeLifetime.TotalMinutes);
        ShowChannels(turn);
    }

    private static void ShowChannels(Turn turn)
    {
        var channels = Identities.ChannelsOf(turn.Store, turn.From);
        if (channels.Count < 2)
        {
            return;
        }

        var preferred = turn.Store.Find<PreferredChannel>(turn.From.ToString());
        var via = preferred is { Chosen: true } ? Html.Escape(Label(UserKey.Parse(preferred.Via), channels))
            : Texts.LastUsedChannel.For(turn.Lang, Label(turn.ArrivedVia, channels));
        var names = string.Join(", ", channels.Select(c => Label(c, channels)));
        var buttons = channels
            .Select(c => new Button(Texts.ReceiveVia.Plain(turn.Lang).Replace("{0}", Label(c, channels), StringComparison.Ordinal), new LinkButton.ReceiveVia(c).Encode()))
            .Append(new Button(Texts.ReceiveViaLast.Plain(turn.Lang), new LinkButton.ReceiveVia(null).Encode()));
        turn.Say(Texts.LinkedChannels, buttons, names, via);
    }

    /// <summary>The channel's name; two accounts on one channel are told apart by their id.</summary>
    private static string Label(UserKey channel, IReadOnlyList<UserKey> all) =>
        all.Count(c => c.Channel == channel.Channel) > 1 ? $"{ChannelNames.Of(channel.Channel)} ({channel.Id})" : ChannelNames.Of(channel.Channel);

    private void UseCode(Turn turn, string code)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            if (!Blocked(turn))
            {
                turn.Say(Texts.LinkCodeFormat);
            }

            return;
        }

        if (Claimable(turn, code) is { } found)
        {
            consent.ShowJoin(turn, found);
        }
    }

    /// <summary>
    /// The code a typer may use, or null after telling them why not. Wrong codes are counted per
    /// channel identity; five in an hour block that identity for the rest of the hour.
    /// </summary>
    private static LinkCode? Claimable(Turn turn, string code)
    {
        if (Blocked(turn))
        {
            return null;
        }

        var identity = turn.ArrivedVia.ToString();
        var found = turn.Store.Find<LinkCode>(code);
        var mayClaim = found is not null && found.ExpiresAt > turn.Now && (found.For is null ? code.Length == 6 : found.For == turn.From.ToString());
        if (!mayClaim)
        {
            var attempts = Attempts(turn);
            turn.Changes.Put(new LinkAttempts(identity, (attempts?.Failures ?? 0) + 1, attempts?.Since ?? turn.Now));
            turn.Acknowledge();
            turn.Say(Texts.LinkCodeUnknown);
            return null;
        }

        if (found!.Person == turn.From.ToString())
        {
            turn.Say(Texts.LinkSameAccount);
            return null;
        }

        if (turn.Store.Find<LinkAttempts>(identity) is not null)
        {
            turn.Changes.Delete<LinkAttempts>(identity);
        }

        return found;
    }

    private static LinkAttempts? Attempts(Turn turn) =>
        turn.Store.Find<LinkAttempts>(turn.ArrivedVia.ToString()) is { } attempts && attempts.Since + FailureWindow > turn.Now ? attempts : null;

    private static bool Blocked(Turn turn)
    {
        if (Attempts(turn) is { Failures: >= MaxFailures })
        {
            turn.Say(Texts.LinkTooManyTries);
            return true;
        }

        return false;
    }
}
