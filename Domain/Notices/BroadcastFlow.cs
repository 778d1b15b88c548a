using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Notices;

/// <summary>
/// /thongbao: an organizer composes a broadcast. Every message and every press is checked again
/// for the organizer role; forged button data from anyone else changes nothing.
/// </summary>
public sealed class BroadcastFlow(UnitCatalog units, BroadcastActions actions) : ICommandHandler, IFlow, IButtonHandler<BroadcastButton>
{
    public const string FlowName = "bc";
    public const int MaxLength = 3500;

    public IReadOnlyList<string> Names { get; } = ["thongbao", "broadcast"];

    public string Name => FlowName;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Enter(FlowName, BroadcastMachine.State.Text);
            actions.AskText(turn);
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new BroadcastMachine(turn, actions);
        switch (turn.Input.Event)
        {
            case MediaIn media when machine.Step == BroadcastMachine.State.Text:
                turn.Session = turn.Session.Set("mediaKind", media.Kind.ToString()).Set("mediaId", media.FileId).Set("mediaName", media.FileName);
                if (string.IsNullOrWhiteSpace(media.Caption))
                {
                    turn.Say(Texts.MediaReceived);
                }
                else
                {
                    machine.GiveText(Html.Escape(media.Caption.Trim().Normalize()).Value);
                }

                break;
            case TextIn text when machine.Step == BroadcastMachine.State.Text:
                var body = text.Text.Trim();
                if (body.Length == 0)
                {
                    actions.AskText(turn);
                }
                else if (body.Length > MaxLength)
                {
                    turn.Say(Texts.NoticeTooLong, body.Length);
                }
                else
                {
                    machine.GiveText(Html.Escape(body.Normalize()).Value);
                }

                break;
            case var _ when machine.Step == BroadcastMachine.State.Text:
                turn.Say(Texts.TextExpected);
                break;
            default:
                ChoiceStep.AskAgain(turn, actions, machine.Step);
                break;
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    /// <summary>Registered as the flow's own buttons: the session is composing a notice.</summary>
    public void Handle(Turn turn, BroadcastButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new BroadcastMachine(turn, actions);
        if (!Press(turn, machine, button))
        {
            ButtonRoute.Expired(turn);
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private bool Press(Turn turn, BroadcastMachine machine, BroadcastButton button)
    {
        switch (button)
        {
            case BroadcastButton.Move { To: BroadcastMove.Everyone }:
                return machine.Everyone();
            case BroadcastButton.Move { To: BroadcastMove.PendingRegistrations }:
                return machine.PendingRegistrations();
            case BroadcastButton.Move { To: BroadcastMove.PickUnits }:
                return UnitChoice.Open(turn, machine.PickUnits);
            case BroadcastButton.Unit(var code) when machine.Step == BroadcastMachine.State.Units && units.Find(code) is { } unit:
                UnitChoice.Toggle(turn, unit.Code);
                actions.AskUnits(turn);
                return true;
            case BroadcastButton.Move { To: BroadcastMove.UnitsDone } when machine.Step == BroadcastMachine.State.Units:
                if (UnitChoice.Done(turn) is not { } chosen)
                {
                    actions.AskUnits(turn);
                    return true;
                }

                return machine.UnitsDone(chosen);
            case BroadcastButton.Move { To: BroadcastMove.PickGroup }:
                return machine.PickGroup();
            case BroadcastButton.Group(var group):
                return machine.ChooseGroup(group.ToString());
            case BroadcastButton.Move { To: BroadcastMove.PickAnswer }:
                return machine.PickAnswer();
            case BroadcastButton.Meeting(var id) when turn.Store.Find<Events.Meeting>(id) is not null:
                return machine.ChooseMeeting(id);
            case BroadcastButton.Answer(var answer):
                return machine.ChooseAnswer(answer);
            case BroadcastButton.AnswerButtons(var id) when id is null || turn.Store.Find<Events.Meeting>(id) is not null:
                return machine.ChooseButtons(id);
            case BroadcastButton.Move { To: BroadcastMove.Send } when machine.Step == BroadcastMachine.State.Preview:
                if (Audience.Resolve(turn.Store, units, turn.Session.Get("audience")).Count == 0)
                {
                    turn.Say(Texts.NoRecipients);
                    actions.Confirm(turn);
                    return true;
                }

                return machine.Send();
            case BroadcastButton.Move { To: BroadcastMove.EditText }:
                return machine.EditText();
            case BroadcastButton.Move { To: BroadcastMove.EditAudience }:
                return machine.EditAudience();
            case BroadcastButton.Move { To: BroadcastMove.Cancel }:
                return machine.Cancel();
            default:
                return false;
        }
    }
}
