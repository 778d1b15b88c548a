using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Domain.Members;

/// <summary>
/// Approval of new members. An organizer's press only signals the member's own queue; the decision
/// is taken there, once, so two organizers pressing at the same time cannot both decide.
/// </summary>
public sealed class ApprovalRequests(UnitCatalog units) : IButtonHandler<ApprovalButton>, ISignalHandler, IConfirmWhenTyped<ApprovalButton>
{
    public const string SignalName = "member.decision";

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
            new Button(Texts.Approve.Plain(lang), new ApprovalButton(true, UserKey.Parse(member.Id), stamp).Encode()),
            new Button(Texts.Reject.Plain(lang), new ApprovalButton(false, UserKey.Parse(member.Id), stamp).Encode()),
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

    /// <summary>
    /// Registered for organizers only: nothing is said about anyone to someone who may not decide.
    /// A card that no longer decides anything (the member changed their details, or was decided)
    /// is not confirmed: the press goes on at once and the member's turn refuses it, so the
    /// question never names details the card did not show.
    /// </summary>
    public Html? Consequence(Turn turn, ApprovalButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        return turn.Store.Find<Member>(button.Member.ToString()) is { Status: MemberStatus.Pending } member && button.Stamp == Stamp(member)
            ? (button.Approve ? Texts.ConfirmApprove : Texts.ConfirmReject).For(turn.Lang, member.FullName, units.NameOf(member.UnitCode))
            : null;
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, ApprovalButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);

        // A card without a stamp is from before cards had one: it is checked, and refused, in the member's turn.
        turn.Signal(button.Member, SignalName, button.Decision);
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
