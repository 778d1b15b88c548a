using System.Globalization;
using Domain.CheckIn;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Guests;

/// <summary>
/// /khach, for organizers: add a guest (one line: name | unit | position | phone), paste a list
/// (one guest a line, as in a CSV) or send a CSV file and get the links back as a CSV, or see the guests and their answers.
/// Each link is shown once, when it is made: only its hash is kept.
/// </summary>
public sealed class GuestDesk(IGuestFiles files) : ICommandHandler, IButtonHandler<GuestDeskButton>, IFlow, IGuestDeskActions
{
    public const string FlowName = "khach";
    public const int MaxImport = 500;

    private readonly GuestImport import = new(files);

    public IReadOnlyList<string> Names { get; } = ["khach", "guests"];

    public string Name => FlowName;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var open = turn.Store.All<Meeting>().Where(m => !Guest.Expired(m, turn.Now)).OrderBy(m => m.StartsAt).ToList();
        if (open.Count == 0)
        {
            turn.Say(Texts.NoMeetings);
        }
        else if (open.Count == 1)
        {
            ShowMenu(turn, open[0]);
        }
        else
        {
            turn.Say(Texts.ChooseMeetingFor, open.Select(m => new Button($"{MeetingFormat.When(m.StartsAt, turn.Settings.TimeZone, turn.Lang)} – {m.Label}", new GuestDeskButton(GuestDeskButton.Pick, m.Id).Encode())));
        }
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, GuestDeskButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        Press(turn, button);
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        if (turn.Input.Event is ButtonIn button)
        {
            if (ButtonData.TrySplit(button.Data, out var flow, out var parts) && flow == GuestDeskButton.Flow && GuestDeskButton.Decode(parts) is { } pressed)
            {
                Press(turn, pressed);
            }
            else
            {
                turn.Say(Texts.ButtonExpired);
            }

            return;
        }

        var meeting = turn.Store.Find<Meeting>(turn.Session.Get("meeting") ?? string.Empty);
        if (meeting is null || Guest.Expired(meeting, turn.Now))
        {
            turn.Session = turn.Session.Leave();
            turn.Say(Texts.MeetingGone);
            return;
        }

        var machine = new GuestDeskMachine(turn, this);
        var made = machine.Step switch
        {
            GuestDeskMachine.State.Import => import.Receive(turn, meeting),
            _ when turn.Input.Event is TextIn text => AddOne(turn, meeting, text.Text),
            _ => Say(turn, Texts.TextExpected),
        };
        if (made && machine.Made() && machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    public void AskLine(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.GuestAskLine);
    }

    public void AskList(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Attachment.ChannelTakesFiles(turn.From.Channel))
        {
            turn.Say(Texts.GuestAskList, MaxImport);
            return;
        }

        turn.Reply(new TextOut(Html.Join("\n", [Texts.GuestAskList.For(turn.Lang, MaxImport), Texts.GuestAskListOrFile.For(turn.Lang, FileSize.Format(Attachment.MaxBytes, turn.Lang))])));
    }

    private static bool Say(Turn turn, Msg message)
    {
        turn.Say(message);
        return false;
    }

    private void Press(Turn turn, GuestDeskButton button)
    {
        var meeting = turn.Store.Find<Meeting>(button.MeetingId);
        if (meeting is null || Guest.Expired(meeting, turn.Now))
        {
            turn.Session = turn.Session.Leave();
            ButtonRoute.Expired(turn);
            return;
        }

        switch (button.Action)
        {
            case GuestDeskButton.Pick:
                turn.Session = turn.Session.Leave();
                ShowMenu(turn, meeting);
                break;
            case GuestDeskButton.Add:
                turn.Session = turn.Session.Enter(FlowName, GuestDeskMachine.State.Menu).Set("meeting", meeting.Id);
                new GuestDeskMachine(turn, this).ChooseAdd();
                break;
            case GuestDeskButton.Import:
                turn.Session = turn.Session.Enter(FlowName, GuestDeskMachine.State.Menu).Set("meeting", meeting.Id);
                new GuestDeskMachine(turn, this).ChooseImport();
                break;
            case GuestDeskButton.List:
                turn.Session = turn.Session.Leave();
                List(turn, meeting);
                break;
            default:
                turn.Say(Texts.ButtonExpired);
                break;
        }
    }

    public static void ShowMenu(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var guests = GuestsOf(turn.Store, meeting.Id);
        var lang = turn.Lang;
        turn.Say(
            Texts.GuestMenu,
            [
                new Button(Texts.GuestAddButton.Plain(lang), new GuestDeskButton(GuestDeskButton.Add, meeting.Id).Encode()),
                new Button(Texts.GuestImportButton.Plain(lang), new GuestDeskButton(GuestDeskButton.Import, meeting.Id).Encode()),
                new Button(Texts.GuestListButton.Plain(lang), new GuestDeskButton(GuestDeskButton.List, meeting.Id).Encode()),
            ],
            meeting.Label,
            guests.Count,
            guests.Count(g => g.Answer is not null));
    }

    public static List<Guest> GuestsOf(IReadModel store, string meetingId)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Scan<Guest>().Where(g => g.MeetingId == meetingId).OrderBy(g => g.CreatedAt).ThenBy(g => g.FullName, StringComparer.Ordinal).ToList();
    }

    private static bool AddOne(Turn turn, Meeting meeting, string text)
    {
        if (GuestLine.Parse(text) is not { } details)
        {
            turn.Say(Texts.GuestLineInvalid);
            return false;
        }

        var (guest, token) = GuestTokens.Create(turn.Store, meeting.Id, details, turn.Now, turn.From.ToString());
        turn.Changes.Put(guest);
        turn.Audit("guest.created", guest.Id);
        var payload = DeepLink.GuestPrefix + token;
        turn.Say(
            Texts.GuestLinkCreated,
            guest.FullName,
            DeepLink.Telegram(turn.Settings, payload) ?? Texts.GuestNoTelegramLink.Plain(turn.Lang),
            DeepLink.Typed(payload),
            MeetingFormat.Inline(meeting.Ends, turn.Settings.TimeZone, turn.Lang));
        return true;
    }

    private static void List(Turn turn, Meeting meeting)
    {
        var guests = GuestsOf(turn.Store, meeting.Id);
        if (guests.Count == 0)
        {
            turn.Say(Texts.GuestNone);
            return;
        }

        var lang = turn.Lang;
        var lines = new List<Html> { Texts.GuestListHeader.For(lang, meeting.Label, guests.Count) };
        lines.AddRange(guests.Select((g, i) => Texts.GuestListLine.For(
            lang,
            i + 1,
            g.FullName,
            g.Position,
            g.Unit,
            g.ClaimedBy is null ? Texts.GuestNotOpened.Plain(lang) : GuestStatus(lang, g),
            turn.Store.Find<Attendance>(Attendance.IdFor(meeting.Id, g.Id)) is null ? string.Empty : " ✅")));
        turn.Reply(new TextOut(Html.Join("\n", lines)));
    }

    public static string GuestStatus(Lang lang, Guest guest)
    {
        ArgumentNullException.ThrowIfNull(guest);
        return guest.Answer switch
        {
            RsvpAnswer.Attending => Texts.AnswerAttending.Plain(lang),
            RsvpAnswer.Declined => Texts.AnswerDeclined.Plain(lang),
            RsvpAnswer.Delegated => Texts.AnswerDelegated.For(lang, guest.Delegate?.FullName).ToPlain(),
            _ => Texts.AnswerNone.Plain(lang),
        };
    }
}
