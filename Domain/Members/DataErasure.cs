using Domain.Conversations;
using Domain.Text;

namespace Domain.Members;

/// <summary>
/// /xoadulieu: the right to erasure. After a confirmation every trace of the person is removed
/// (<see cref="PersonalDataEraser"/>); the audit log keeps only that an erasure happened, and when.
/// </summary>
public sealed class DataErasure : ICommandHandler, IButtonHandler<ErasureButton>, IConfirmWhenTyped<ErasureButton>
{
    public IReadOnlyList<string> Names { get; } = ["xoadulieu", "erase"];

    // Unsaved answers of a conversation in progress are personal data too: they are erased with
    // the rest on confirmation, and kept if the person changes their mind.
    public bool LeavesFlow => false;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.MemberOf() is null && turn.Session.Draft.Count == 0 && !Guests.GuestErasure.Holds(turn))
        {
            turn.Say(Texts.NothingToErase);
            return;
        }

        turn.Reply(new TextOut(Texts.EraseConfirm.For(turn.Lang, turn.Settings.Organization.TeamName.For(turn.Lang))).WithButtons(
        [
            new Button(Texts.EraseYes.Plain(turn.Lang), new ErasureButton(true).Encode()),
            new Button(Texts.EraseNo.Plain(turn.Lang), new ErasureButton(false).Encode()),
        ]));
    }

    public Html? Consequence(Turn turn, ErasureButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        return button.Erase && (turn.MemberOf() is not null || turn.Session.Draft.Count > 0 || Guests.GuestErasure.Holds(turn)) ? Texts.ConfirmErase.For(turn.Lang) : null;
    }

    public void Handle(Turn turn, ErasureButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!button.Erase)
        {
            turn.Say(Texts.EraseKept);
            return;
        }

        var member = turn.MemberOf();
        if (member is null && turn.Session.Draft.Count == 0 && !Guests.GuestErasure.Holds(turn))
        {
            turn.Say(Texts.NothingToErase);
            return;
        }

        PersonalDataEraser.Erase(turn);
        turn.Session = turn.Session.Leave();
        // The audit keeps that an erasure happened and when, not whose.
        turn.Changes.Record(new AuditEntry(turn.Now, PersonalDataEraser.Nobody, "member.erased", null, null));
        turn.Reply(new TextOut(Texts.Erased.For(turn.Lang)) { RemoveKeyboard = true });
    }
}
