using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using Domain.Users;

namespace Domain.Notices;

/// <summary>The questions, the preview and the sending of a broadcast.</summary>
public sealed class BroadcastActions(UnitCatalog units) : IBroadcastActions, IStepQuestions<BroadcastMachine.State>
{

    private static readonly string[] Answers = [nameof(RsvpAnswer.Attending), nameof(RsvpAnswer.Declined), nameof(RsvpAnswer.Delegated), "None"];

    public void AskText(Turn turn) => turn.Say(Texts.AskNoticeText);

    public void AskAudience(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        turn.Reply(new TextOut(Texts.AskAudience.For(lang)).WithButtonColumn(
        [
            new Button(Texts.AudienceAll.Plain(lang), new BroadcastButton.Move(BroadcastMove.Everyone).Encode()),
            new Button(Texts.AudienceUnits.Plain(lang), new BroadcastButton.Move(BroadcastMove.PickUnits).Encode()),
            new Button(Texts.AudienceGroup.Plain(lang), new BroadcastButton.Move(BroadcastMove.PickGroup).Encode()),
            new Button(Texts.AudienceRsvp.Plain(lang), new BroadcastButton.Move(BroadcastMove.PickAnswer).Encode()),
            new Button(Texts.AudiencePending.Plain(lang), new BroadcastButton.Move(BroadcastMove.PendingRegistrations).Encode()),
        ]));
    }

    public void AskUnits(Turn turn) =>
        UnitChoice.AskUnits(turn, units, code => new BroadcastButton.Unit(code).Encode(), new BroadcastButton.Move(BroadcastMove.UnitsDone).Encode());

    public void AskGroup(Turn turn) => UnitChoice.AskGroup(turn, units, g => new BroadcastButton.Group(g).Encode());

    public void AskAnswerMeeting(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var meetings = turn.Store.All<Meeting>().OrderByDescending(m => m.StartsAt).Take(10)
            .Select(m => new Button(MeetingFormat.Choice(m, turn.Settings.TimeZone, turn.Lang), new BroadcastButton.Meeting(m.Id).Encode()));
        turn.Say(Texts.ChooseMeeting, meetings);
    }

    public void AskAnswer(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.ChooseAnswer, Answers.Select(a => new Button(Audience.AnswerName(turn.Lang, a), new BroadcastButton.Answer(a).Encode())));
    }

    public static bool IsAnswer(string text) => Answers.Contains(text, StringComparer.Ordinal);

    public void AskButtons(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var buttons = MeetingBoard.Upcoming(turn)
            .Select(m => new Button(MeetingFormat.Choice(m, turn.Settings.TimeZone, turn.Lang), new BroadcastButton.AnswerButtons(m.Id).Encode()))
            .Append(new Button(Texts.NoButtons.Plain(turn.Lang), new BroadcastButton.AnswerButtons(null).Encode()));
        turn.Say(Texts.AskAttachButtons, buttons);
    }

    public void ShowPreview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        turn.Say(Texts.NoticePreviewHeader);
        if (Attachment(turn) is { } attachment)
        {
            turn.Reply(attachment);
        }

        turn.Reply(Message(turn, lang));
        Confirm(turn);
    }

    /// <summary>The preview's last part: whom it goes to, and the buttons; nobody to send to offers no Send.</summary>
    public void Confirm(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var spec = turn.Session.Get("audience");
        var count = Audience.Resolve(turn.Store, units, spec).Count;
        var audience = Audience.Describe(turn.Store, units, spec, lang);
        Button[] edit = [new Button(Texts.EditNoticeText.Plain(lang), new BroadcastButton.Move(BroadcastMove.EditText).Encode()), new Button(Texts.EditNoticeAudience.Plain(lang), new BroadcastButton.Move(BroadcastMove.EditAudience).Encode())];
        Button[] cancel = [new Button(Texts.Cancel.Plain(lang), new BroadcastButton.Move(BroadcastMove.Cancel).Encode())];
        turn.Reply(count == 0
            ? new TextOut(Texts.PreviewNobody.For(lang, audience)).WithButtons(edit, cancel)
            : new TextOut(Texts.NoticeConfirm.For(lang, count, audience)).WithButtons(
                [new Button(Texts.SendNotice.Plain(lang), new BroadcastButton.Move(BroadcastMove.Send).Encode())], edit, cancel));
    }

    /// <summary>Every step but the text is answered by its buttons.</summary>
    public bool HasChoices(BroadcastMachine.State state) => state is not (BroadcastMachine.State.Text or BroadcastMachine.State.Sent or BroadcastMachine.State.Cancelled);

    /// <summary>Asks the step's question again with its buttons (the preview: only its last part, the one with the buttons).</summary>
    public void AskAgain(Turn turn, BroadcastMachine.State state)
    {
        switch (state)
        {
            case BroadcastMachine.State.Audience:
                AskAudience(turn);
                break;
            case BroadcastMachine.State.Units:
                AskUnits(turn);
                break;
            case BroadcastMachine.State.Group:
                AskGroup(turn);
                break;
            case BroadcastMachine.State.RsvpMeeting:
                AskAnswerMeeting(turn);
                break;
            case BroadcastMachine.State.RsvpAnswer:
                AskAnswer(turn);
                break;
            case BroadcastMachine.State.Buttons:
                AskButtons(turn);
                break;
            case BroadcastMachine.State.Preview:
                Confirm(turn);
                break;
        }
    }

    public void SendNotice(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var spec = turn.Session.Get("audience");
        var recipients = Audience.Resolve(turn.Store, units, spec);
        var notice = new Notice
        {
            Id = NewId(turn),
            Text = turn.Session.Get("text") ?? string.Empty,
            Audience = Audience.Describe(turn.Store, units, spec, turn.Settings.DefaultLanguage),
            Recipients = recipients.Select(r => r.ToString()).ToList(),
            MeetingId = NullIfEmpty(turn.Session.Get("buttons")),
            MediaId = turn.Session.Get("mediaId"),
            CreatedBy = turn.From.ToString(),
            CreatedAt = turn.Now,
        };
        turn.Changes.Put(notice);
        var attachment = Attachment(turn);
        foreach (var recipient in recipients)
        {
            if (attachment is not null)
            {
                turn.Changes.Send(recipient, attachment, Priority.Bulk, notice.MediaTag);
            }

            var lang = MemberTexts.LangOf(turn.Store, recipient, turn.Settings.DefaultLanguage);
            turn.Changes.Send(recipient, Message(turn, lang), Priority.Bulk, notice.Tag);
        }

        turn.Changes.Send(turn.From, new TextOut(Progress(turn.Lang, notice, turn.Settings.TimeZone, 0, recipients.Count, 0)), Priority.Interactive, Notice.ProgressTagFor(notice.Id));
        turn.Audit("notice.sent", notice.Id, $"{spec}:{recipients.Count}");
    }

    public void Cancelled(Turn turn) => turn.Say(Texts.Cancelled);

    /// <summary>The organizer's progress line, naming the notice by its first words and when it was sent.</summary>
    public static Html Progress(Lang lang, Notice notice, TimeZoneInfo zone, int sent, int total, int failed)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return Texts.NoticeProgress.For(
            lang,
            NoticeLabel.Opening(notice),
            NoticeLabel.SentAt(notice, zone, lang),
            ReportNumbers.Format(sent, lang),
            ReportNumbers.Format(total, lang),
            ReportNumbers.Format(failed, lang));
    }

    /// <summary>The notice as a member sees it: the organizer's text, with the meeting's answer buttons if chosen.</summary>
    private static TextOut Message(Turn turn, Lang lang)
    {
        var text = new TextOut(new Html(turn.Session.Get("text") ?? string.Empty));
        return NullIfEmpty(turn.Session.Get("buttons")) is { } meetingId
            ? text.WithButtons(RsvpFlow.AnswerRows(lang, meetingId))
            : text;
    }

    private static MediaOut? Attachment(Turn turn) =>
        turn.Session.Get("mediaId") is { } id && Enum.TryParse<MediaKind>(turn.Session.Get("mediaKind"), out var kind)
            ? new MediaOut(kind, id, turn.Session.Get("mediaName"))
            : null;

    private static string NewId(Turn turn)
    {
        // Readable and short enough for button data; the sender's channel and id keep two organizers apart.
        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone);
        return string.Create(CultureInfo.InvariantCulture, $"tb{local:yyMMdd-HHmmss}-{turn.From.Channel[0]}{turn.From.Id}");
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
