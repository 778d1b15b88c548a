using System.Globalization;
using Domain.Conversations;
using Domain.Reports;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// A meeting's card in /sukien: its particulars, then the organizer's buttons for it (copy, change
/// one item, the guest desk, the ward reports).
/// </summary>
public static class MeetingCard
{
    /// <summary>The card; <paramref name="note"/> (what a copy still needs) goes last, above the buttons.</summary>
    public static void Show(Turn turn, Meeting meeting, Html? note = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var zone = turn.Settings.TimeZone;
        var lang = turn.Lang;
        var text = Texts.MeetingCard.For(lang, meeting.Title, meeting.Label, MeetingFormat.When(meeting.StartsAt, zone, lang), meeting.Venue.Place, MeetingFormat.When(meeting.RsvpDeadline, zone, lang), ReportNumbers.Format(meeting.Expected, lang), meeting.Programme.Count);
        Msg[] labels = [Texts.EditTitle, Texts.EditShortTitle, Texts.EditTime, Texts.EditVenue, Texts.EditDeadline, Texts.EditProgramme, Texts.EditExpected, Texts.EditPlanNumber, Texts.EditSigner, Texts.EditIssued];
        var buttons = new List<Button> { new(Texts.CopyMeeting.Plain(lang), new MeetingEditButton.Copy(meeting.Id).Encode()) };
        buttons.AddRange(MeetingEditor.Fields.Select((field, i) => new Button(labels[i].Plain(lang), new MeetingEditButton.Edit(field, meeting.Id).Encode())));
        buttons.Add(new Button(Texts.GuestInviteButton.Plain(lang), new Guests.GuestDeskButton(Guests.GuestDeskButton.Pick, meeting.Id).Encode()));
        buttons.Add(new Button(Texts.MeetingReportsButton.Plain(lang), new ReportAdminPress(ReportAdminPress.OfMeeting, meeting.Id).Encode()));
        if (meeting.Issuing is { } issuing)
        {
            text = Html.Join("\n", [text, Texts.MeetingCardIssuing.For(lang, issuing.PlanNumber ?? "—", issuing.Place ?? "—", issuing.IssuedOn?.ToString("d/M/yyyy", CultureInfo.InvariantCulture) ?? "—", (issuing.SignerTitle ?? "—").Replace('\n', ' '), issuing.SignerName ?? "—")]);
        }

        if (note is { } extra)
        {
            text = Html.Join("\n\n", [text, extra]);
        }

        turn.Reply(new TextOut(text).WithButtonColumn(buttons));
    }
}
