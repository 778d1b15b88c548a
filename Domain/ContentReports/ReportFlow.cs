using Domain.Conversations;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>
/// The member's report conversation and its buttons. Every message checks again that the sender
/// may report; a button of an earlier conversation (another nonce) or of a step already passed
/// changes nothing.
/// </summary>
public sealed class ReportFlow : IFlow, IButtonHandler<ReportFlowButton>
{
    public const string FlowName = ReportFlowButton.Prefix;

    private readonly ReportActions actions = new();

    public string Name => FlowName;

    /// <summary>Waiting after the list of one's reports (see <see cref="AfterList"/>), nothing asked yet.</summary>
    public bool GivesWay(Session session) =>
        session is not null && session.Flow == FlowName && session.Step<ReportMachine.State>() == ReportMachine.State.Start;

    /// <summary>Starts a new report at its first question.</summary>
    public void Begin(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Session = turn.Session.Enter(FlowName, ReportMachine.State.Start).Set(ReportActions.NonceKey, ReportActions.NewNonce(turn));
        new ReportMachine(turn, actions).Begin();
    }

    /// <summary>
    /// After the list of one's reports: the conversation waits before its first question, so a link
    /// or a screenshot sent straight away starts the new report (anything else leaves it).
    /// </summary>
    public void AfterList(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Session = turn.Session.Enter(FlowName, ReportMachine.State.Start).Set(ReportActions.NonceKey, ReportActions.NewNonce(turn));
    }

    public void Handle(Turn turn, ReportFlowButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!ReportAccess.RequireReporter(turn))
        {
            LeaveFlow(turn);
        }
        else
        {
            Press(turn, button);
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!ReportAccess.RequireReporter(turn))
        {
            LeaveFlow(turn);
        }
        else if (turn.Session.Flow == FlowName && turn.Input.Event is not ButtonIn)
        {
            Answer(turn);
        }
        else
        {
            turn.Say(Texts.NotUnderstood);
        }
    }

    private void Press(Turn turn, ReportFlowButton button)
    {
        if (button is ReportBegin)
        {
            Begin(turn);
            return;
        }

        var nonce = button switch
        {
            ReportStep step => step.Nonce,
            ReportPlatformChoice choice => choice.Nonce,
            ReportFieldChoice field => field.Nonce,
            _ => null,
        };
        if (turn.Session.Flow != FlowName || nonce is null || nonce != turn.Session.Get(ReportActions.NonceKey))
        {
            ButtonRoute.Expired(turn);
            return;
        }

        var machine = new ReportMachine(turn, actions);
        var done = button switch
        {
            ReportStep { Verb: ReportVerb.Continue } => Continue(turn, machine),
            ReportStep { Verb: ReportVerb.SkipPlace } => machine.GivePlace(string.Empty),
            ReportStep { Verb: ReportVerb.Send } => machine.Send(),
            ReportStep { Verb: ReportVerb.Edit } => machine.Edit(),
            ReportStep { Verb: ReportVerb.Cancel } => machine.Cancel(),
            ReportStep { Verb: ReportVerb.Back } => machine.Back(),
            ReportPlatformChoice choice => machine.ChoosePlatform(choice.Platform),
            ReportFieldChoice field => machine.Pick(field.Field),
            _ => false,
        };
        if (!done)
        {
            ButtonRoute.Expired(turn);
        }
        else if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private static bool Continue(Turn turn, ReportMachine machine)
    {
        var link = turn.Session.Get(ReportMachine.LinkKey);
        if (machine.Current == ReportMachine.State.Evidence && !ReportRules.HasEvidence(link, ReportActions.Photos(turn).Count))
        {
            turn.Say(Texts.ReportNeedsEvidence);
            return true;
        }

        return machine.EvidenceDone(ReportLink.PlatformOf(link));
    }

    private void Answer(Turn turn)
    {
        var machine = new ReportMachine(turn, actions);
        switch (machine.Current)
        {
            case ReportMachine.State.Start when turn.Input.Event is MediaIn { Kind: MediaKind.Photo } || (turn.Input.Event is TextIn typed && ReportLink.Check(typed.Text, out _) == LinkProblem.None):
                // Right after the list of one's reports, a link or a screenshot starts the new report with it.
                turn.Session = turn.Session.At(ReportMachine.State.Evidence);
                TakeEvidence(turn);
                break;
            case ReportMachine.State.Start:
                turn.Session = turn.Session.Leave();
                turn.Say(Texts.NotUnderstood);
                break;
            case ReportMachine.State.Evidence:
                TakeEvidence(turn);
                break;
            case ReportMachine.State.Description when turn.Input.Event is TextIn text:
                TakeDescription(turn, machine, text.Text);
                break;
            case ReportMachine.State.Place when turn.Input.Event is TextIn text:
                if (ReportRules.ShortText(text.Text, ReportRules.MaxPlace) is { } place)
                {
                    machine.GivePlace(place);
                }
                else
                {
                    turn.Say(Texts.ReportPlaceTooLong);
                    actions.AskPlace(turn);
                }

                break;
            case ReportMachine.State.Description:
                turn.Say(Texts.TextExpected);
                break;
            case ReportMachine.State.Place:
                turn.Say(Texts.TextExpected);
                actions.AskPlace(turn);
                break;
            default:
                turn.Say(Texts.UseButtons);
                actions.Ask(turn, machine.Current);
                break;
        }
    }

    /// <summary>A link, a screenshot, or something that is neither (a file, a picture Zalo sent without its address).</summary>
    private static void TakeEvidence(Turn turn)
    {
        switch (turn.Input.Event)
        {
            case TextIn text:
                var problem = ReportLink.Check(text.Text, out var link);
                if (problem == LinkProblem.None)
                {
                    turn.Session = turn.Session.Set(ReportMachine.LinkKey, link);
                    ReportActions.EvidenceSoFar(turn);
                }
                else
                {
                    Refuse(turn, problem == LinkProblem.TooLong ? Texts.ReportLinkTooLong : Texts.ReportLinkInvalid);
                }

                break;
            case MediaIn { Kind: MediaKind.Photo } photo:
                var photos = ReportActions.Photos(turn);
                if (!ReportRules.RoomForPhoto(photos.Count))
                {
                    ReportActions.EvidenceSoFar(turn, Texts.ReportTooManyPhotos);
                    return;
                }

                turn.Session = turn.Session.Set(ReportMachine.PhotosKey, string.Join('\n', photos.Append(photo.FileId)));
                ReportActions.EvidenceSoFar(turn);
                break;
            default:
                Refuse(turn, Texts.ReportPhotoOrLink);
                break;
        }
    }

    /// <summary>Evidence the step cannot take: once some is in, the refusal comes with what is in and the button to go on, so its number holds again.</summary>
    private static void Refuse(Turn turn, Msg problem)
    {
        if (ReportRules.HasEvidence(turn.Session.Get(ReportMachine.LinkKey), ReportActions.Photos(turn).Count))
        {
            ReportActions.EvidenceSoFar(turn, problem);
        }
        else
        {
            turn.Say(problem);
        }
    }

    private static void TakeDescription(Turn turn, ReportMachine machine, string text)
    {
        switch (ReportRules.CheckDescription(text, out var description))
        {
            case DescriptionProblem.TooShort:
                turn.Say(Texts.ReportDescriptionTooShort);
                break;
            case DescriptionProblem.TooLong:
                turn.Say(Texts.ReportDescriptionTooLong, ReportFormat.Count(description.Length));
                break;
            default:
                machine.GiveDescription(description);
                break;
        }
    }

    private static void LeaveFlow(Turn turn)
    {
        if (turn.Session.Flow == FlowName)
        {
            turn.Session = turn.Session.Leave();
        }
    }
}
