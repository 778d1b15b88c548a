using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Domain.Members;

/// <summary>
/// Approval of new members. An organizer's press only signals the member's own queue; the decision
/// is taken there, once, so two organizers pressing at the same time cannot both decide.
/// </summary>
public sealed class ApprovalRequests(UnitCatalog units) : IButtonHandler, ISignalHandler, IConfirmWhenTyped
{
    public const string SignalName = "member.decision";

    public string Prefix => "appr";

    public string Name => SignalName;

    /// <summary>
    /// Shows a registration to every organizer with Approve / Reject buttons. A new registration
    /// brings at most one card a day per person (see <see cref="ApprovalCardLog"/>);
    /// <paramref name="changed"/> when a waiting member changed their details after a card went out,
    /// whose buttons then stop working, so the fresh card always goes.
    /// </summary>
    public void Notify(Turn turn, Member member, bool changed = false)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(member);
        if (!changed)
        {
            if (ApprovalCardLog.Allow(turn.Store, member.Id, turn.Now) is not { } log)
            {
                return;
            }

            turn.Changes.Put(log);
        }

        foreach (var organizer in Access.Organizers(turn.Store, turn.Settings).Where(o => o.ToString() != member.Id))
        {
            var lang = MemberTexts.LangOf(turn.Store, organizer, turn.Settings.DefaultLanguage);
            var card = Card(member, lang);
            turn.Changes.Send(organizer, changed ? card with { Text = Html.Join("\n", [Texts.ApprovalCardChanged.For(lang), card.Text]) } : card);
        }
    }

    public TextOut Card(Member member, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(member);
        var stamp = Stamp(member);
        return new TextOut(Texts.ApprovalRequest.For(lang, member.FullName, units.NameOf(member.UnitCode), member.Position)).WithButtons(
        [
            new Button(Texts.Approve.Plain(lang), $"appr:yes:{member.Id}#{stamp}"),
            new Button(Texts.Reject.Plain(lang), $"appr:no:{member.Id}#{stamp}"),
        ]);
    }

    /// <summary>
    /// What a card showed, in eight hex digits: a press decides only the details the organizer saw,
    /// so a card from before the member changed them no longer works.
    /// </summary>
    public static string Stamp(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var hash = 2166136261u;
        foreach (var c in string.Join('\u001F', member.FullName, member.Phone, member.UnitCode, member.Position))
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    public Html? Consequence(Turn turn, ButtonIn button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        // Nothing is said about anyone to someone who may not decide: the press itself refuses them.
        if (!turn.IsOrganizer() || button.Arg.Split(':', 2) is not [var verb and ("yes" or "no"), var target]
            || !UserKey.TryParse(target.Split('#')[0], out var key) || turn.Store.Find<Member>(key.ToString()) is not { } member)
        {
            return null;
        }

        return (verb == "yes" ? Texts.ConfirmApprove : Texts.ConfirmReject).For(turn.Lang, member.FullName, units.NameOf(member.UnitCode));
    }

    public void Handle(Turn turn, ButtonIn button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var parts = button.Arg.Split(':', 2);
        var target = parts.Length == 2 ? parts[1].Split('#', 2) : [];
        if (parts.Length != 2 || parts[0] is not ("yes" or "no") || !UserKey.TryParse(target[0], out var member))
        {
            turn.Say(Texts.ButtonExpired);
            return;
        }

        // A card without a stamp is from before cards had one: it is checked, and refused, in the member's turn.
        turn.Signal(member, SignalName, target.Length == 2 ? $"{parts[0]}#{target[1]}" : parts[0]);
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var member = turn.MemberOf();
        // A card for a registration that was since linked into another person's profile: that
        // registration is gone, and the card must not decide the other one.
        if (member is null || turn.Input.Via is not null)
        {
            MemberTexts.Tell(turn, signal.By, Texts.RegistrationGone);
            return;
        }

        // Checked again here: the signal was written by an organizer's turn, but roles can change in between.
        if (Access.RoleOf(turn.Store, turn.Settings, signal.By) != Role.Organizer)
        {
            return;
        }

        if (member.Status != MemberStatus.Pending)
        {
            var lang = MemberTexts.LangOf(turn.Store, signal.By, turn.Settings.DefaultLanguage);
            MemberTexts.Tell(turn, signal.By, Texts.AlreadyDecided, member.FullName, MemberTexts.Status(lang, member.Status));
            return;
        }

        var decision = signal.Args.Split('#', 2);
        if (decision.Length != 2 || decision[1] != Stamp(member))
        {
            // The member changed their details after this card went out; a fresh card was sent then.
            MemberTexts.Tell(turn, signal.By, Texts.ButtonExpired);
            return;
        }

        var approved = decision[0] == "yes";
        turn.Changes.Put(member with
        {
            Status = approved ? MemberStatus.Approved : MemberStatus.Rejected,
            DecidedBy = signal.By.ToString(),
            DecidedAt = turn.Now,
        });
        turn.Changes.Record(new AuditEntry(turn.Now, signal.By, approved ? "member.approved" : "member.rejected", member.Id, null));
        turn.Say(approved ? Texts.YouWereApproved : Texts.YouWereRejected, turn.Settings.Organization.TeamName.For(turn.Lang));
        MemberTexts.Tell(turn, signal.By, approved ? Texts.ApprovedBy : Texts.RejectedBy, member.FullName);
    }
}
