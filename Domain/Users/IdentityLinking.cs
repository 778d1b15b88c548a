using System.Globalization;
using System.Security.Cryptography;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Users;

/// <summary>
/// /lienket: one person on two channels. Without a code it gives the member a one-time code (and
/// lets them choose where notices go); with a code, typed on the other channel, it asks the member
/// who got the code to confirm, then links that channel to them. The merge runs in that member's
/// own turn, like every other change to their records.
/// </summary>
public sealed class IdentityLinking : ICommandHandler, IButtonHandler, ISignalHandler
{
    public const string SignalName = "identity.link";

    /// <summary>In place of a code: an organizer merged the two profiles (/thanhvien).</summary>
    public const string ByOrganizer = "org";

    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    private const int MaxFailures = 5;
    private static readonly TimeSpan FailureWindow = TimeSpan.FromHours(1);

    public IReadOnlyList<string> Names { get; } = ["lienket", "link"];

    public string Prefix => "link";

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

    /// <summary>
    /// "link:via:KEY" chooses the channel for notices; "link:via:last" follows the last used;
    /// "link:ok:CODE" / "link:no:CODE" is the code owner's answer to a channel that typed their code.
    /// </summary>
    public void Handle(Turn turn, ButtonIn button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        var parts = button.Arg.Split(':', 2);
        switch (parts)
        {
            case ["via", var choice]:
                ChooseChannel(turn, choice);
                break;
            case ["ok" or "no", var codeId]:
                Answer(turn, codeId, parts[0] == "ok");
                break;
            default:
                Expired(turn);
                break;
        }
    }

    /// <summary>
    /// Runs as the member the link is for. With a code: asks the member to confirm (nobody takes a
    /// profile over by guessing a code). From an organizer (/thanhvien): merges at once.
    /// </summary>
    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var parts = signal.Args.Split('|');
        var person = turn.From;
        if (parts.Length != 2 || !UserKey.TryParse(parts[1], out var other) || other == person || turn.MemberOf() is not { } member)
        {
            Tell(turn, signal.By, Texts.LinkFailed);
            return;
        }

        if (parts[0] == ByOrganizer)
        {
            // Checked again here: the signal was written by an organizer's turn, but roles can change in between.
            if (Access.RoleOf(turn.Store, turn.Settings, signal.By) != Role.Organizer)
            {
                return;
            }

            if (turn.Store.Find<Member>(other.ToString()) is not { } merged)
            {
                Tell(turn, signal.By, Texts.MemberGone);
                return;
            }

            Tell(turn, signal.By, Texts.MergeDone, merged.FullName, ChannelNames.Of(other.Channel), member.FullName);
            Link(turn, other, member, signal.By, "identity.merged");
            return;
        }

        if (turn.Store.Find<LinkCode>(parts[0]) is not { } code || code.Person != person.ToString() || code.ExpiresAt <= turn.Now
            || (code.Claimant is not null && code.Claimant != other.ToString()))
        {
            Tell(turn, signal.By, Texts.LinkFailed);
            return;
        }

        turn.Changes.Put(code with { Claimant = other.ToString() });
        turn.Changes.Send(person, new TextOut(Texts.LinkConfirm.For(turn.Lang, ChannelNames.Of(other.Channel))).WithButtons(
        [
            new Button(Texts.LinkAccept.Plain(turn.Lang), $"link:ok:{code.Id}"),
            new Button(Texts.LinkReject.Plain(turn.Lang), $"link:no:{code.Id}"),
        ]));
    }

    private static void Answer(Turn turn, string codeId, bool accepted)
    {
        var person = turn.From;
        if (turn.Store.Find<LinkCode>(codeId) is not { Claimant: { } claimant } code || code.Person != person.ToString()
            || code.ExpiresAt <= turn.Now || !UserKey.TryParse(claimant, out var other) || turn.MemberOf() is not { } member)
        {
            Expired(turn);
            return;
        }

        turn.Changes.Delete<LinkCode>(code.Id);
        if (!accepted)
        {
            turn.Say(Texts.LinkDeclined);
            Tell(turn, other, Texts.LinkRefused);
            return;
        }

        turn.Say(Texts.LinkConfirmed, ChannelNames.Of(other.Channel));
        Link(turn, other, member, person, "identity.linked");
    }

    /// <summary>Takes the other identity into the person, and tells the other channel.</summary>
    private static void Link(Turn turn, UserKey other, Member member, UserKey by, string action)
    {
        var person = turn.From;
        IdentityMerge.Into(turn, other);
        turn.Changes.Put(new IdentityLink(other.ToString(), person.ToString(), turn.Now));
        turn.Changes.Put(new PreferredChannel(person.ToString(), other.ToString(), Chosen: false));
        turn.Changes.Record(new AuditEntry(turn.Now, by, action, person.ToString(), other.ToString()));
        turn.Changes.Send(other, new TextOut(Texts.LinkDone.For(turn.Lang, ChannelNames.Of(other.Channel), member.FullName)));
    }

    private static void ChooseChannel(Turn turn, string choice)
    {
        var person = turn.From;
        var channels = Identities.ChannelsOf(turn.Store, person);
        if (choice == "last" && channels.Count > 1)
        {
            turn.Changes.Put(new PreferredChannel(person.ToString(), turn.ArrivedVia.ToString(), Chosen: false));
            turn.Say(Texts.ReceiveViaSet, Texts.LastUsedChannel.For(turn.Lang, ChannelNames.Of(turn.ArrivedVia.Channel)));
        }
        else if (UserKey.TryParse(choice, out var chosen) && channels.Contains(chosen))
        {
            turn.Changes.Put(new PreferredChannel(person.ToString(), chosen.ToString(), Chosen: true));
            turn.Say(Texts.ReceiveViaSet, ChannelNames.Of(chosen.Channel));
        }
        else
        {
            // Forged or from before an unlink: only the person's own channels can be chosen.
            Expired(turn);
        }
    }

    private static void Expired(Turn turn)
    {
        turn.Acknowledge(Texts.ButtonExpired);
        turn.Say(Texts.ButtonExpired);
    }

    private static void Tell(Turn turn, UserKey to, Msg text, params object?[] args) =>
        turn.Changes.Send(to, new TextOut(text.For(MemberTexts.LangOf(turn.Store, to, turn.Settings.DefaultLanguage), args)));

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
            .Select(c => new Button(Texts.ReceiveVia.Plain(turn.Lang).Replace("{0}", Label(c, channels), StringComparison.Ordinal), $"link:via:{c}"))
            .Append(new Button(Texts.ReceiveViaLast.Plain(turn.Lang), "link:via:last"));
        turn.Say(Texts.LinkedChannels, buttons, names, via);
    }

    /// <summary>The channel's name; two accounts on one channel are told apart by their id.</summary>
    private static string Label(UserKey channel, IReadOnlyList<UserKey> all) =>
        all.Count(c => c.Channel == channel.Channel) > 1 ? $"{ChannelNames.Of(channel.Channel)} ({channel.Id})" : ChannelNames.Of(channel.Channel);

    private static void UseCode(Turn turn, string code)
    {
        var identity = turn.ArrivedVia;
        var attempts = turn.Store.Find<LinkAttempts>(identity.ToString());
        if (attempts is not null && attempts.Since + FailureWindow <= turn.Now)
        {
            attempts = null;
        }

        if (attempts is { Failures: >= MaxFailures })
        {
            turn.Say(Texts.LinkTooManyTries);
            return;
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            turn.Say(Texts.LinkCodeFormat);
            return;
        }

        if (turn.Store.Find<LinkCode>(code) is not { } found || found.ExpiresAt <= turn.Now)
        {
            turn.Changes.Put(new LinkAttempts(identity.ToString(), (attempts?.Failures ?? 0) + 1, attempts?.Since ?? turn.Now));
            turn.Say(Texts.LinkCodeUnknown);
            return;
        }

        if (found.Person == turn.From.ToString())
        {
            turn.Say(Texts.LinkSameAccount);
            return;
        }

        if (turn.Store.Find<LinkAttempts>(identity.ToString()) is not null)
        {
            turn.Changes.Delete<LinkAttempts>(identity.ToString());
        }

        turn.Signal(UserKey.Parse(found.Person), SignalName, $"{code}|{turn.From}");
        turn.Say(Texts.LinkAsked);
    }
}
