using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Notices;

/// <summary>
/// /thongbao: an organizer composes a broadcast. Every message and every press is checked again
/// for the organizer role; forged button data from anyone else changes nothing.
/// </summary>
public sealed class BroadcastFlow(UnitCatalog units, BroadcastActions actions) : ICommandHandler, IFlow
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
            case ButtonIn button:
                if (!Press(turn, machine, button.Arg))
                {
                    turn.Acknowledge(Texts.ButtonExpired);
                    turn.Say(Texts.ButtonExpired);
                }

                break;
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
            default:
                turn.Say(machine.Step == BroadcastMachine.State.Text ? Texts.TextExpected : Texts.UseButtons);
                break;
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private bool Press(Turn turn, BroadcastMachine machine, string arg)
    {
        var parts = arg.Split(':', 2);
        var value = parts.Length == 2 ? parts[1] : string.Empty;
        switch (parts[0])
        {
            case "all":
                return machine.Everyone();
            case "pending":
                return machine.PendingRegistrations();
            case "units":
                var before = turn.Session;
                turn.Session = turn.Session.Set("chosenUnits", null);
                if (machine.PickUnits())
                {
                    return true;
                }

                turn.Session = before;
                return false;
            case "u" when machine.Step == BroadcastMachine.State.Units && units.Find(value) is { } unit:
                Toggle(turn, unit.Code);
                actions.AskUnits(turn);
                return true;
            case "udone" when machine.Step == BroadcastMachine.State.Units:
                var chosen = BroadcastActions.ChosenUnits(turn);
                if (chosen.Count == 0)
                {
                    turn.Say(Texts.NoRecipients);
                    return true;
                }

                return machine.UnitsDone(string.Join(',', chosen.Order(StringComparer.Ordinal)));
            case "group":
                return machine.PickGroup();
            case "g" when Enum.GetNames<UnitGroup>().Contains(value, StringComparer.Ordinal):
                return machine.ChooseGroup(value);
            case "rsvp":
                return machine.PickAnswer();
            case "m" when turn.Store.Find<Events.Meeting>(value) is not null:
                return machine.ChooseMeeting(value);
            case "a" when BroadcastActions.IsAnswer(value):
                return machine.ChooseAnswer(value);
            case "b" when value.Length == 0 || turn.Store.Find<Events.Meeting>(value) is not null:
                return machine.ChooseButtons(value.Length == 0 ? null : value);
            case "send" when machine.Step == BroadcastMachine.State.Preview:
                if (Audience.Resolve(turn.Store, units, turn.Session.Get("audience")).Count == 0)
                {
                    turn.Say(Texts.NoRecipients);
                    return true;
                }

                return machine.Send();
            case "edtext":
                return machine.EditText();
            case "edaud":
                return machine.EditAudience();
            case "cancel":
                return machine.Cancel();
            default:
                return false;
        }
    }

    private static void Toggle(Turn turn, string code)
    {
        var chosen = BroadcastActions.ChosenUnits(turn);
        if (!chosen.Remove(code))
        {
            chosen.Add(code);
        }

        turn.Session = turn.Session.Set("chosenUnits", string.Join(',', chosen));
    }
}
