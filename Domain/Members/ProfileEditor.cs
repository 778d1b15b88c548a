using Domain.Conversations;
using Domain.Members.Registration;
using Domain.Text;

namespace Domain.Members;

/// <summary>
/// /hoso: a member sees what the bot keeps about them and changes one item, a single question and
/// answer (<see cref="ProfileMachine"/>): the session remembers which item is being asked.
/// </summary>
public sealed class ProfileEditor(UnitCatalog units, RegistrationActions registration, ApprovalRequests approvals) : ICommandHandler, IButtonHandler<ProfileButton>, IFlow, IStepQuestions<RegistrationField>
{
    public const string FlowName = "prof";

    public IReadOnlyList<string> Names { get; } = ["hoso", "profile"];

    public string Name => FlowName;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.MemberOf() is not { } member)
        {
            turn.Say(Texts.NotRegistered);
            return;
        }

        turn.Session = turn.Session.Leave();
        Show(turn, member);
    }

    public void Handle(Turn turn, ProfileButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (MemberOrLeave(turn) is not { } member)
        {
            return;
        }

        switch (button)
        {
            case ProfileButton.Field(var field):
                // Every question starts from the profile, whatever was asked before.
                turn.Session = turn.Session.Enter(FlowName, ProfileMachine.State.Shown);
                Machine(turn).Change(field);
                break;
            case ProfileButton.OfUnit(var code) when turn.Session.Flow == FlowName && Machine(turn).Field == RegistrationField.Unit && units.Find(code) is { } unit:
                Save(turn, member, member with { UnitCode = unit.Code });
                break;
            default:
                ButtonRoute.Expired(turn);
                break;
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberOrLeave(turn) is not { } member)
        {
            return;
        }

        // The step is the item being changed; one this editor does not know is not understood.
        if (turn.Session.Flow != FlowName || Machine(turn).Field is not { } field)
        {
            turn.Say(Texts.NotUnderstood);
            return;
        }

        if (HasChoices(field))
        {
            ChoiceStep.AskAgain(turn, this, field);
            return;
        }

        if (FieldInput.Read(turn, field, turn.Input.Event) is { } value)
        {
            Save(turn, member, field == RegistrationField.Phone ? member with { Phone = value, PhoneVerified = turn.Input.Event is ContactIn } : field == RegistrationField.Name ? member with { FullName = value } : member with { Position = value });
        }
    }

    private static Member? MemberOrLeave(Turn turn)
    {
        if (turn.MemberOf() is { } member)
        {
            return member;
        }

        turn.Session = turn.Session.Leave();
        turn.Say(Texts.NotRegistered);
        return null;
    }

    private ProfileMachine Machine(Turn turn) => new(turn, Ask);

    /// <summary>The unit is chosen from its list; the other items are typed.</summary>
    public bool HasChoices(RegistrationField state) => state == RegistrationField.Unit;

    void IStepQuestions<RegistrationField>.AskAgain(Turn turn, RegistrationField state) => Ask(turn, state);

    private void Ask(Turn turn, RegistrationField field)
    {
        switch (field)
        {
            case RegistrationField.Name:
                registration.AskName(turn);
                break;
            case RegistrationField.Phone:
                registration.AskPhone(turn);
                break;
            case RegistrationField.Position:
                registration.AskPosition(turn);
                break;
            default:
                var buttons = units.All.Select(u => new Button(u.Name, new ProfileButton.OfUnit(u.Code).Encode()));
                turn.Say(Texts.AskUnit, buttons);
                break;
        }
    }

    private void Save(Turn turn, Member before, Member changed)
    {
        turn.Changes.Put(changed);
        var leftRole = before.UnitCode != changed.UnitCode && LeaveCoordinatorRole(turn, before, changed);

        // Organizers decide on what they see: a waiting member's change gets a fresh card, and the
        // old card's buttons stop working (its stamp no longer matches).
        if (changed.Status == MemberStatus.Pending && ApprovalRequests.Stamp(before) != ApprovalRequests.Stamp(changed))
        {
            approvals.Notify(turn, changed, changed: true);
        }

        Machine(turn).Saved();
        turn.Session = turn.Session.Leave();
        turn.Reply(new TextOut(Texts.ProfileSaved.For(turn.Lang)) { RemoveKeyboard = true });
        Show(turn, changed, leftRole ? Role.Member : null);
    }

    /// <summary>A coordinator answers for one unit's delegation: moving to another unit ends that.</summary>
    private bool LeaveCoordinatorRole(Turn turn, Member before, Member changed)
    {
        if (turn.Store.Find<RoleGrant>(changed.Id) is not { Role: Role.Coordinator })
        {
            return false;
        }

        turn.Changes.Delete<RoleGrant>(changed.Id);
        turn.Audit("role.revoked", changed.Id, "unit changed");
        var from = units.NameOf(before.UnitCode);
        var to = units.NameOf(changed.UnitCode);
        turn.Say(Texts.YouLeftCoordinator, from);
        foreach (var organizer in Access.Organizers(turn.Store, turn.Settings).Where(o => o != turn.From))
        {
            MemberTexts.Tell(turn, organizer, Texts.CoordinatorMovedUnit, changed.FullName, from, to);
        }

        return true;
    }

    private void Show(Turn turn, Member member, Role? role = null)
    {
        role ??= Access.RoleOf(turn.Store, turn.Settings, turn.From);
        var text = Texts.Profile.For(
            turn.Lang,
            member.FullName,
            PhoneRule.Display(member.Phone),
            units.NameOf(member.UnitCode),
            member.Position,
            MemberTexts.Status(turn.Lang, member.Status),
            MemberTexts.RoleName(turn.Lang, role.Value));
        turn.Reply(new TextOut(text).WithButtons(RegistrationActions.FieldButtons(turn.Lang, f => new ProfileButton.Field(f)).Select(b => new[] { b }).ToArray()));
    }
}
