using System.Globalization;
using System.Security.Cryptography;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Users;

/// <summary>
/// The two agreements before two accounts share one profile. The account that gives up its
/// profile (the one that typed the code, or the one an organizer proposes to merge) sees whose
/// profile it joins and agrees first; then the owner of the kept profile confirms. A profile
/// that holds a role is never given up, so nobody can be talked into handing over an organizer's
/// or coordinator's account.
/// </summary>
public sealed class LinkConsent(UnitCatalog units)
{
    public static readonly TimeSpan MergeLifetime = TimeSpan.FromDays(1);

    /// <summary>Asks the typer (or the person an organizer's merge would fold in) whether to join.</summary>
    public void ShowJoin(Turn turn, LinkCode code)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(code);
        if (RefuseRole(turn, turn.From, turn.From))
        {
            return;
        }

        if (turn.Store.Find<Member>(code.Person) is not { } owner)
        {
            turn.Say(Texts.LinkFailed);
            return;
        }

        turn.Reply(JoinQuestion(turn.Lang, code, owner));
    }

    /// <summary>The joining side agreed: the owner is asked next, in their own turn.</summary>
    public void Join(Turn turn, LinkCode code)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(code);
        if (RefuseRole(turn, turn.From, turn.From) || turn.Store.Find<Member>(code.Person) is null)
        {
            return;
        }

        turn.Signal(UserKey.Parse(code.Person), IdentityLinking.SignalName, $"{code.Id}|{turn.From}");
        turn.Say(Texts.LinkAsked);
    }

    public void Stop(Turn turn, string codeId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.LinkJoinStopped);
        if (turn.Store.Find<LinkCode>(codeId) is { For: { } only, By: { } organizer } proposal && only == turn.From.ToString())
        {
            turn.Changes.Delete<LinkCode>(proposal.Id);
            Tell(turn, UserKey.Parse(organizer), Texts.MergeRefusedByPerson, Name(turn.Store, turn.From));
        }
    }

    /// <summary>Runs as the owner: remembers who agreed to join, and asks the owner to confirm.</summary>
    public void AskOwner(Turn turn, UserKey by, string codeId, UserKey other)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Store.Find<LinkCode>(codeId) is not { } code || code.Person != turn.From.ToString() || code.ExpiresAt <= turn.Now
            || (code.For is not null && code.For != other.ToString()) || (code.Claimant is not null && code.Claimant != other.ToString()))
        {
            Tell(turn, by, Texts.LinkFailed);
            return;
        }

        turn.Changes.Put(code with { Claimant = other.ToString() });
        var lang = turn.Lang;
        var lines = new List<Html> { (code.By is null ? Texts.LinkConfirm : Texts.MergeAskPerson).For(lang, ChannelNames.Of(other.Channel)) };
        if (turn.Store.Find<Member>(other.ToString()) is { } theirs)
        {
            lines.Add(Texts.LinkConfirmProfile.For(lang, theirs.FullName, units.NameOf(theirs.UnitCode)));
        }

        turn.Changes.Send(turn.From, new TextOut(Html.Join("\n", lines)).WithButtons(
        [
            new Button(Texts.LinkAccept.Plain(lang), new LinkButton.Answer(code.Id, true).Encode()),
            new Button(Texts.LinkReject.Plain(lang), new LinkButton.Answer(code.Id, false).Encode()),
        ]));
    }

    /// <summary>The owner's answer. Checked once more: a role granted in between still stops the merge.</summary>
    public void Answer(Turn turn, string codeId, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var person = turn.From;
        if (turn.Store.Find<LinkCode>(codeId) is not { Claimant: { } claimant } code || code.Person != person.ToString()
            || code.ExpiresAt <= turn.Now || !UserKey.TryParse(claimant, out var other) || turn.MemberOf() is not { } member)
        {
            ButtonRoute.Expired(turn);
            return;
        }

        turn.Changes.Delete<LinkCode>(code.Id);
        var organizer = code.By is { } by ? UserKey.Parse(by) : (UserKey?)null;
        if (!accepted)
        {
            turn.Say(Texts.LinkDeclined);
            Tell(turn, other, Texts.LinkRefused);
            if (organizer is { } told)
            {
                Tell(turn, told, Texts.MergeRefusedByPerson, Name(turn.Store, other));
            }

            return;
        }

        if (RefuseRole(turn, other, person))
        {
            return;
        }

        if (organizer is { } merger)
        {
            if (turn.Store.Find<Member>(other.ToString()) is { } merged)
            {
                Tell(turn, merger, Texts.MergeDone, merged.FullName, ChannelNames.Of(other.Channel), member.FullName);
            }

            turn.Say(Texts.LinkConfirmed, ChannelNames.Of(other.Channel));
            Link(turn, other, member, merger, "identity.merged");
            return;
        }

        turn.Say(Texts.LinkConfirmed, ChannelNames.Of(other.Channel));
        Link(turn, other, member, person, "identity.linked");
    }

    /// <summary>
    /// Runs as the profile an organizer chose to keep. Only where the number was shared with the
    /// contact button on Telegram, never for a profile with a role, and only after the person agrees
    /// on both channels.
    /// </summary>
    public void ProposeMerge(Turn turn, UserKey organizer, UserKey other)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // Checked again here: the signal was written by an organizer's turn, but roles can change in between.
        if (Access.RoleOf(turn.Store, turn.Settings, organizer) != Role.Organizer)
        {
            return;
        }

        if (turn.Store.Find<Member>(other.ToString()) is not { } theirs || turn.MemberOf() is not { } kept)
        {
            Tell(turn, organizer, Texts.MemberGone);
            return;
        }

        if (!MergeAllowedByPhone(kept, theirs))
        {
            Tell(turn, organizer, Texts.MergeNeedsSharedPhone);
            return;
        }

        if (RefuseRole(turn, other, organizer))
        {
            return;
        }

        string id;
        do
        {
            id = "m" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        }
        while (turn.Store.Find<LinkCode>(id) is not null);

        var proposal = new LinkCode(id, turn.From.ToString(), turn.Now + MergeLifetime, For: other.ToString(), By: organizer.ToString());
        turn.Changes.Put(proposal);
        var lang = MemberTexts.LangOf(turn.Store, other, turn.Settings.DefaultLanguage);
        turn.Changes.Send(other, JoinQuestion(lang, proposal, kept));
        Tell(turn, organizer, Texts.MergeAsked);
    }

    /// <summary>Two profiles of one number may be merged only when one of them shared it with the contact button.</summary>
    public static bool MergeAllowedByPhone(Member one, Member other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        return one.Phone == other.Phone && (one.PhoneVerified || other.PhoneVerified);
    }

    /// <summary>The role a profile holds that keeps it from being folded into another; null for none.</summary>
    public static Role? HeldRole(IReadModel store, BotSettings settings, UserKey person)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        if (Identities.ChannelsOf(store, person).Any(settings.Organizers.Contains))
        {
            return Role.Organizer;
        }

        var role = Access.RoleOf(store, settings, person);
        return role != Role.Member ? role : store.Find<RoleGrant>(person.ToString())?.Role;
    }

    public static void Tell(Turn turn, UserKey to, Msg text, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        turn.Changes.Send(to, new TextOut(text.For(MemberTexts.LangOf(turn.Store, to, turn.Settings.DefaultLanguage), args)));
    }

    /// <summary>Takes the other identity into the person, and tells the other channel.</summary>
    private static void Link(Turn turn, UserKey other, Member member, UserKey by, string action)
    {
        var person = turn.From;
        IdentityMerge.Into(turn, other);
        turn.Changes.Put(new IdentityLink(other.ToString(), person.ToString(), turn.Now));
        turn.Changes.Put(new PreferredChannel(person.ToString(), other.ToString(), Chosen: false));
        turn.Changes.Record(new AuditEntry(turn.Now, by, action, person.ToString(), other.ToString()));
        turn.Changes.Send(other, new TextOut(Texts.LinkDone.For(MemberTexts.LangOf(turn.Store, other, turn.Lang), ChannelNames.Of(other.Channel), member.FullName)));
    }

    /// <summary>Says why and answers true when <paramref name="person"/>'s profile holds a role.</summary>
    private static bool RefuseRole(Turn turn, UserKey person, UserKey tell)
    {
        if (HeldRole(turn.Store, turn.Settings, person) is not { } role)
        {
            return false;
        }

        var lang = MemberTexts.LangOf(turn.Store, tell, turn.Settings.DefaultLanguage);
        if (tell == person)
        {
            Tell(turn, tell, Texts.LinkRoleHeld, MemberTexts.RoleName(lang, role));
        }
        else
        {
            Tell(turn, tell, Texts.MergeRoleHeld, Name(turn.Store, person), MemberTexts.RoleName(lang, role));
        }

        return true;
    }

    private static string Name(IReadModel store, UserKey person) => store.Find<Member>(person.ToString())?.FullName ?? ChannelNames.Of(person.Channel);

    private TextOut JoinQuestion(Lang lang, LinkCode code, Member owner)
    {
        var question = Texts.LinkJoinQuestion.For(lang, owner.FullName, units.NameOf(owner.UnitCode));
        var text = code.By is null ? question : Html.Join("\n", [Texts.MergeAskPerson.For(lang), question]);
        return new TextOut(text).WithButtons(
        [
            new Button(Texts.LinkJoinYes.Plain(lang), new LinkButton.Join(code.Id).Encode()),
            new Button(Texts.LinkJoinNo.Plain(lang), new LinkButton.Withdraw(code.Id).Encode()),
        ]);
    }
}
