using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>
/// The organizers' side of the door: showing it opens it once, showing it again shows the same
/// code and QR (a second organizer's /diemdanh must not void what is printed on the desk), and only
/// a confirmed 🔄 makes new ones.
/// </summary>
public sealed class DoorDesk(IGuestFiles files)
{
    /// <summary>Shows the open door, opening it when it has no code to show yet.</summary>
    public void Show(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        if (!IsOpen(turn, meeting))
        {
            return;
        }

        var current = turn.Store.Find<CheckInDesk>(meeting.Id);
        if (Shown(current) is { } desk)
        {
            Present(turn, meeting, desk, Texts.CheckInShown);
        }
        else
        {
            Renew(turn, meeting, current);
        }
    }

    /// <summary>🔄: asks first, naming the code that will stop working.</summary>
    public void AskRotate(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        if (!IsOpen(turn, meeting))
        {
            return;
        }

        if (Shown(turn.Store.Find<CheckInDesk>(meeting.Id)) is not { } desk)
        {
            Show(turn, meeting);
            return;
        }

        turn.Say(
            Texts.CheckInRotateAsk,
            [new Button(Texts.CheckInRotateConfirmButton.Plain(turn.Lang), new CheckInButton(CheckInButton.RotateNow, meeting.Id, desk.Version).Encode())],
            desk.Code,
            meeting.Label);
    }

    /// <summary>The confirmed 🔄: new code and link, unless another organizer changed them since the question.</summary>
    public void Rotate(Turn turn, Meeting meeting, int version)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        if (!IsOpen(turn, meeting))
        {
            return;
        }

        var current = turn.Store.Find<CheckInDesk>(meeting.Id);
        if (current is not null && current.Version != version)
        {
            turn.Say(Texts.CheckInRotateStale);
            Show(turn, meeting);
            return;
        }

        Renew(turn, meeting, current);
    }

    private static bool IsOpen(Turn turn, Meeting meeting)
    {
        if (CheckInDesk.IsOpen(meeting, turn.Now))
        {
            return true;
        }

        var zone = turn.Settings.TimeZone;
        turn.Say(Texts.CheckInNotYet, MeetingFormat.When(CheckInDesk.Opens(meeting), zone, turn.Lang), MeetingFormat.When(meeting.Ends, zone, turn.Lang));
        return false;
    }

    /// <summary>The door with a code and link to show again: kept, and still the ones its hashes check.</summary>
    private static CheckInDesk? Shown(CheckInDesk? desk) =>
        desk is not null && SecretToken.Matches(desk.Code, desk.CodeHash) && SecretToken.Matches(desk.LinkToken, desk.LinkHash) ? desk : null;

    private void Renew(Turn turn, Meeting meeting, CheckInDesk? current)
    {
        var token = SecretToken.NewLinkToken();
        var code = SecretToken.NewCode();
        var desk = new CheckInDesk
        {
            Id = meeting.Id,
            LinkHash = SecretToken.Hash(token),
            CodeHash = SecretToken.HashCode(code),
            Code = code,
            LinkToken = token,
            OpenedAt = turn.Now,
            OpenedBy = turn.From.ToString(),
            Version = (current?.Version ?? 0) + 1,
        };
        turn.Changes.Put(desk);
        turn.Audit(current is null ? "checkin.opened" : "checkin.rotated", meeting.Id);
        Present(turn, meeting, desk, current is null ? Texts.CheckInOpened : Texts.CheckInRotated);
    }

    private void Present(Turn turn, Meeting meeting, CheckInDesk desk, Msg message)
    {
        var lang = turn.Lang;
        var link = DeepLink.Best(turn.Settings, DeepLink.DoorPrefix + desk.LinkToken);
        var caption = Texts.CheckInQrCaption.For(lang, desk.Code, meeting.Label, MeetingFormat.Inline(meeting.Ends, turn.Settings.TimeZone, lang));
        turn.Reply(new PhotoOut(files.QrPng(link, Texts.CheckInQrUnder.Plain(lang).Replace("{0}", desk.Code, StringComparison.Ordinal)), $"{meeting.FileStem}-diem-danh.png", caption));
        turn.Say(
            message,
            [
                new Button(Texts.CheckInRotateButton.Plain(lang), new CheckInButton(CheckInButton.Rotate, meeting.Id).Encode()),
                new Button(Texts.CheckInHandButton.Plain(lang), new CheckInButton(CheckInButton.Hand, meeting.Id).Encode()),
            ],
            desk.Code);
    }
}
