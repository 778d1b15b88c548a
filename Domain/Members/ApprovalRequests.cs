using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Domain.Members;

/// <summary>
/// Approval of new members. An organizer's press only signals the member's own queue; the decision
/// is taken there, once, so two organizers pressing at the same time cannot both decide.
/// </summary>
public sealed class ApprovalRequests(UnitCatalog units) : IButtonHandler, ISignalHandler
{
    public const string SignalName = "member.decision";

    public string Prefix => "appr";

    public string Name => SignalName;

    /// <summary>
    /// Shows a new registration to every organizer with Approve / Reject buttons, at most once a
    /// day per person (see <see cref="ApprovalCardLog"/>).
    /// </summary>
    public void Notify(Turn turn, Member member)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(member);
        if (ApprovalCardLog.Allow(turn.Store, member.Id, turn.Now) is not { } log)
        {
            return;
        }

        turn.Changes.Put(log);
        foreach (var organizer in Access.Organizers(turn.Store, turn.Settings).Where(o => o.ToString() != member.Id))
        {
            var lang = MemberTexts.LangOf(turn.Store, organizer, turn.Settings.DefaultLanguage);
            turn.Changes.Send(organizer, Card(member, lang));
        }
    }

    public TextOut Card(Member member, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new TextOut(Texts.ApprovalRequest.For(lang, member.FullName, units.NameOf(member.UnitCode), member.Position)).WithButtons(
        [
            new Button(Texts.Approve.Plain(lang), $"appr:yes:{member.Id}"),
            new Button(Texts.Reject.Plain(lang), $"appr:no:{member.Id}"),
        ]);
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
        if (parts.Length != 2 || parts[0] is not ("yes" or "no") || !UserKey.TryParse(parts[1], out var member))
        {
            turn.Say(Texts.ButtonExpired);
            return;
        }

        turn.Signal(member, SignalName, parts[0]);
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

        var approved = signal.Args == "yes";
        turn.Changes.Put(member with
        {
            Status = approved ? MemberStatus.Approved : MemberStatus.Rejected,
            DecidedBy = signal.By.ToString(),
            DecidedAt = turn.Now,
        });
        turn.Changes.Record(new AuditEntry(turn.Now, signal.By, approved ? "member.approved" : "member.rejected", member.Id, null));
        turn.Say(approved ? Texts.YouWereApproved : Texts.YouWereRejected);
        MemberTexts.Tell(turn, signal.By, approved ? Texts.ApprovedBy : Texts.RejectedBy, member.FullName);
    }
}
