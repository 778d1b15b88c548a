using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>
/// The questions of the comment conversation and the saving at its end. Every button it shows
/// carries the conversation's nonce, so a button of an earlier conversation is refused.
/// </summary>
public sealed class CommentActions : ICommentActions, IStepQuestions<CommentMachine.State>
{
    public const string NonceKey = "c";
    public const string IdKey = "id";

    public void AskMeeting(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var zone = turn.Settings.TimeZone;
        turn.Say(Texts.AskCommentMeeting, CommentFormat.OpenMeetings(turn).Select(m =>
            new Button(CommentFormat.Excerpt($"{MeetingFormat.When(m.StartsAt, zone, turn.Lang)} – {m.Label}", 90), new CommentButton.ChooseMeeting(Nonce(turn), m.Key()).Encode())));
    }

    public void AskTopic(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var meeting = MeetingOf(turn);
        var buttons = meeting.Contents
            .Select((topic, i) => new Button(CommentFormat.Excerpt(topic, 90), new CommentButton.ChooseTopic(Nonce(turn), i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Encode()))
            .Append(new Button(Texts.TopicOther.Plain(turn.Lang), new CommentButton.ChooseTopic(Nonce(turn), "o").Encode()));
        turn.Say(Texts.AskCommentTopic, buttons, meeting.Title);
    }

    public void AskText(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskCommentText);
    }

    public void AskSpeak(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskSpeak, [new Button(Texts.SpeakYes.Plain(turn.Lang), new CommentButton.ChooseSpeak(Nonce(turn), true).Encode()), new Button(Texts.SpeakNo.Plain(turn.Lang), new CommentButton.ChooseSpeak(Nonce(turn), false).Encode())]);
    }

    public void ShowPreview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var text = Texts.CommentPreview.For(
            lang,
            MeetingOf(turn).Title,
            CommentFormat.TopicName(lang, Topic(turn)),
            CommentFormat.YesNo(lang, turn.Session.Get("speak") == "1"),
            turn.Session.Get("text"));
        turn.Reply(new TextOut(text).WithButtons(
        [
            new Button(Texts.SendComment.Plain(lang), new CommentButton.Move(Nonce(turn), CommentMove.Send).Encode()),
            new Button(Texts.Edit.Plain(lang), new CommentButton.Move(Nonce(turn), CommentMove.Edit).Encode()),
            new Button(Texts.Cancel.Plain(lang), new CommentButton.Move(Nonce(turn), CommentMove.Cancel).Encode()),
        ]));
    }

    public void AskField(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        turn.Say(Texts.WhichField, [
            new Button(Texts.CommentFieldTopic.Plain(lang), new CommentButton.Field(Nonce(turn), CommentField.Topic).Encode()),
            new Button(Texts.CommentFieldText.Plain(lang), new CommentButton.Field(Nonce(turn), CommentField.Text).Encode()),
            new Button(Texts.CommentFieldSpeak.Plain(lang), new CommentButton.Field(Nonce(turn), CommentField.Speak).Encode()),
            new Button(Texts.BackToCommentPreview.Plain(lang), new CommentButton.Move(Nonce(turn), CommentMove.Back).Encode()),
        ]);
    }

    public void Save(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var meeting = MeetingOf(turn);
        var member = turn.MemberOf()!;
        var topic = Topic(turn);
        var text = turn.Session.Get("text")!;
        var speak = turn.Session.Get("speak") == "1";
        var version = new CommentVersion(turn.Now, topic, text, speak);
        if (turn.Session.Get(IdKey) is not { } id)
        {
            turn.Changes.Put(new Comment
            {
                Id = Comment.NewId(meeting.Id, member.Id, turn.Now),
                MeetingId = meeting.Id,
                MemberId = member.Id,
                UnitCode = member.UnitCode,
                Topic = topic,
                Text = text,
                WantsToSpeak = speak,
                SubmittedAt = turn.Now,
                History = [version],
            });
            turn.Say(Texts.CommentSent);
            return;
        }

        // Withdrawn in the meantime (from another message): nothing to change any more.
        if (turn.Store.Find<Comment>(id) is not { IsActive: true } current || current.MemberId != member.Id)
        {
            turn.Say(Texts.CommentGone);
            return;
        }

        if (current.Topic == topic && current.Text == text && current.WantsToSpeak == speak)
        {
            turn.Say(Texts.CommentUnchanged);
            return;
        }

        // A changed comment is reviewed again; one already chosen to speak keeps its place.
        turn.Changes.Put(current with
        {
            UnitCode = member.UnitCode,
            Topic = topic,
            Text = text,
            WantsToSpeak = speak,
            EditedAt = turn.Now,
            Status = current.Status == CommentStatus.Selected ? CommentStatus.Selected : CommentStatus.New,
            History = [.. current.History, version],
        });
        turn.Say(Texts.CommentUpdated);
    }

    public void Cancelled(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Reply(new TextOut(Texts.Cancelled.For(turn.Lang)));
    }

    /// <summary>Repeats the question of the step the conversation is in.</summary>
    /// <summary>Every step but the comment's text is answered by its buttons.</summary>
    public bool HasChoices(CommentMachine.State state) => state != CommentMachine.State.Text;

    void IStepQuestions<CommentMachine.State>.AskAgain(Turn turn, CommentMachine.State state) => Ask(turn, state);

    public void Ask(Turn turn, CommentMachine.State step)
    {
        switch (step)
        {
            case CommentMachine.State.Meeting:
                AskMeeting(turn);
                break;
            case CommentMachine.State.Topic:
                AskTopic(turn);
                break;
            case CommentMachine.State.Text:
                AskText(turn);
                break;
            case CommentMachine.State.Speak:
                AskSpeak(turn);
                break;
            case CommentMachine.State.ChooseField:
                AskField(turn);
                break;
            default:
                ShowPreview(turn);
                break;
        }
    }

    private static string? Topic(Turn turn) => turn.Session.Get("topic") is { Length: > 0 } topic ? topic : null;

    private static Meeting MeetingOf(Turn turn) => turn.Store.Find<Meeting>(turn.Session.Get(CommentMachine.MeetingKey)!)!;

    private static string Nonce(Turn turn) => turn.Session.Get(NonceKey) ?? string.Empty;
}
