using System.Text;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Campaigns;

/// <summary>
/// The two buttons under a campaign and the short conversation behind them. Every press and every
/// message is checked again: the presser must be an approved member the campaign went to, and the
/// campaign must still be open. The answer is always the presser's own.
/// </summary>
public sealed class CampaignAnswerFlow : IFlow, IButtonHandler<AnswerButton>, ICampaignAnswerActions
{
    public const int MaxReason = 500;

    public string Name => AnswerButton.Prefix;

    public void Handle(Turn turn, AnswerButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        Press(turn, button);
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Session.Flow == Name)
        {
            Give(turn);
        }
        else
        {
            turn.Say(Texts.NotUnderstood);
        }
    }

    public bool ProofRequired(Turn turn) => Current(turn)?.ProofRequired ?? true;

    public void AskProof(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var campaign = Current(turn)!;
        if (campaign.ProofRequired)
        {
            turn.Say(Texts.CampaignAskProofRequired, campaign.Title);
        }
        else
        {
            turn.Say(Texts.CampaignDoneAskProof, [new AnswerButton(AnswerAction.Skip, campaign.Id).As(Texts.Skip.Plain(turn.Lang))], campaign.Title);
        }
    }

    public void AskMoreProof(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = Answer(turn);
        turn.Say(Texts.CampaignProofSaved, [new AnswerButton(AnswerAction.Finish, turn.Session.Get("campaign")!).As(Texts.CampaignProofDone.Plain(turn.Lang))],
            answer?.Links.Count ?? 0, answer?.Photos.Count ?? 0);
    }

    public void AskReason(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.CampaignAskReason, [new AnswerButton(AnswerAction.Skip, turn.Session.Get("campaign")!).As(Texts.Skip.Plain(turn.Lang))]);
    }

    public void Finished(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = Answer(turn);
        turn.Say(answer?.Outcome == CampaignOutcome.CouldNot ? Texts.CampaignThanksCouldNot : Texts.CampaignThanksDone, Current(turn)?.Title);
    }

    private static Campaign? Current(Turn turn) => turn.Session.Get("campaign") is { } id ? turn.Store.Find<Campaign>(id) : null;

    /// <summary>The stored answer, or the one this turn is about to store.</summary>
    private static CampaignAnswer? Answer(Turn turn)
    {
        var id = CampaignAnswer.IdFor(turn.Session.Get("campaign") ?? string.Empty, turn.From.ToString());
        return turn.Changes.Upserts.OfType<CampaignAnswer>().LastOrDefault(a => a.Id == id) ?? turn.Store.Find<CampaignAnswer>(id);
    }

    private void Press(Turn turn, AnswerButton pressed)
    {
        if (!MayAnswer(turn, pressed.CampaignId, out var campaign))
        {
            // An answer that can no longer be finished is dropped, not left half-way.
            if (turn.Session.Flow == Name)
            {
                turn.Session = turn.Session.Leave();
            }

            return;
        }

        var inThis = turn.Session.Flow == Name && turn.Session.Get("campaign") == campaign.Id;
        if (pressed.Action is AnswerAction.Done or AnswerAction.CouldNot)
        {
            // A fresh press starts over, whatever half-given answer came before.
            turn.Session = turn.Session.Enter(Name, CampaignAnswerMachine.State.Idle).Set("campaign", campaign.Id);
        }
        else if (!inThis)
        {
            ButtonRoute.Expired(turn);
            return;
        }

        var machine = new CampaignAnswerMachine(turn, this);
        var member = turn.From.ToString();
        var current = turn.Store.Find<CampaignAnswer>(CampaignAnswer.IdFor(campaign.Id, member));
        bool moved;
        switch (pressed.Action)
        {
            case AnswerAction.Done:
                if (!campaign.ProofRequired)
                {
                    // Nothing more is needed: the press itself is the answer, proof may follow.
                    Save(turn, current, CampaignAnswer.Done(current, campaign.Id, member, [], [], turn.Now));
                }

                moved = machine.Done();
                break;
            case AnswerAction.CouldNot:
                Save(turn, current, CampaignAnswer.CouldNot(current, campaign.Id, member, null, turn.Now));
                moved = machine.CouldNot();
                break;
            case AnswerAction.Skip:
                moved = machine.Current == CampaignAnswerMachine.State.Reason ? machine.SkipReason() : machine.SkipProof();
                break;
            default:
                moved = machine.Finish();
                break;
        }

        if (!moved)
        {
            ButtonRoute.Expired(turn);
        }

        Leave(turn, machine);
    }

    private void Give(Turn turn)
    {
        if (!MayAnswer(turn, turn.Session.Get("campaign"), out var campaign))
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new CampaignAnswerMachine(turn, this);
        var member = turn.From.ToString();
        var current = turn.Store.Find<CampaignAnswer>(CampaignAnswer.IdFor(campaign.Id, member));
        switch (machine.Current, turn.Input.Event)
        {
            case (CampaignAnswerMachine.State.Proof or CampaignAnswerMachine.State.MoreProof, MediaIn { Kind: MediaKind.Photo } photo):
                if (current is { Outcome: CampaignOutcome.Done } && current.Photos.Count >= CampaignAnswer.MaxPhotos)
                {
                    Refuse(turn, machine, Texts.CampaignTooManyPhotos, CampaignAnswer.MaxPhotos);
                    break;
                }

                Save(turn, current, CampaignAnswer.Done(current, campaign.Id, member, [], [photo.FileId], turn.Now));
                machine.ProofGiven();
                break;
            case (CampaignAnswerMachine.State.Proof or CampaignAnswerMachine.State.MoreProof, TextIn text):
                var links = WebLink.FindAll(text.Text, out var rejected);
                if (rejected.FirstOrDefault(LooksLikeLink) is { } broken)
                {
                    Refuse(turn, machine, Texts.CampaignNotALink, Shorten(broken));
                    break;
                }

                if (links.Count == 0)
                {
                    Refuse(turn, machine, Texts.CampaignNoLinkInText);
                    break;
                }

                if (TooManyLinks(current, links))
                {
                    Refuse(turn, machine, Texts.CampaignTooManyLinks, CampaignAnswer.MaxLinks);
                    break;
                }

                Save(turn, current, CampaignAnswer.Done(current, campaign.Id, member, links.Select(l => l.Url), [], turn.Now));
                machine.ProofGiven();
                break;
            case (CampaignAnswerMachine.State.Proof or CampaignAnswerMachine.State.MoreProof, UnsupportedIn):
                // A picture that came without anything to keep (Zalo does not always give its address).
                Refuse(turn, machine, Texts.CampaignProofUnreadable);
                break;
            case (CampaignAnswerMachine.State.Proof or CampaignAnswerMachine.State.MoreProof, _):
                Refuse(turn, machine, Texts.CampaignProofExpected);
                break;
            case (CampaignAnswerMachine.State.Reason, TextIn text):
                var reason = NameRule.Collapse(text.Text.Normalize(NormalizationForm.FormC));
                if (reason.Length is 0 or > MaxReason)
                {
                    Refuse(turn, machine, Texts.ReasonTooLong);
                    break;
                }

                Save(turn, current, CampaignAnswer.CouldNot(current, campaign.Id, member, reason, turn.Now));
                machine.ReasonGiven();
                break;
            default:
                Refuse(turn, machine, Texts.TextExpected);
                break;
        }

        Leave(turn, machine);
    }

    /// <summary>What the step cannot take, said with the step's button (Skip, Done), so that on a channel of numbered choices its number holds again.</summary>
    private static void Refuse(Turn turn, CampaignAnswerMachine machine, Msg problem, params object?[] args)
    {
        var campaign = turn.Session.Get("campaign") ?? string.Empty;
        Button? button = machine.Current switch
        {
            CampaignAnswerMachine.State.MoreProof => new AnswerButton(AnswerAction.Finish, campaign).As(Texts.CampaignProofDone.Plain(turn.Lang)),
            CampaignAnswerMachine.State.Reason => new AnswerButton(AnswerAction.Skip, campaign).As(Texts.Skip.Plain(turn.Lang)),
            CampaignAnswerMachine.State.Proof when Current(turn) is { ProofRequired: false } => new AnswerButton(AnswerAction.Skip, campaign).As(Texts.Skip.Plain(turn.Lang)),
            _ => null,
        };
        ChoiceStep.Refuse(turn, problem, button is null ? [] : [button], args);
    }

    private static bool LooksLikeLink(string word) =>
        word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";

    private static bool TooManyLinks(CampaignAnswer? current, IReadOnlyList<WebLink> links) =>
        (current is { Outcome: CampaignOutcome.Done } ? current.Links : []).Union(links.Select(l => l.Url), StringComparer.Ordinal).Count() > CampaignAnswer.MaxLinks;

    /// <summary>Stores the answer unless it is the stored one unchanged (a second press).</summary>
    private static void Save(Turn turn, CampaignAnswer? current, CampaignAnswer next)
    {
        if (!ReferenceEquals(next, current))
        {
            turn.Changes.Put(next);
        }
    }

    private static void Leave(Turn turn, CampaignAnswerMachine machine)
    {
        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private static bool MayAnswer(Turn turn, string? campaignId, out Campaign campaign)
    {
        campaign = null!;
        if (turn.MemberOf() is not { Status: MemberStatus.Approved })
        {
            turn.Acknowledge(Texts.CampaignMembersOnly);
            turn.Say(Texts.CampaignMembersOnly);
            return false;
        }

        // A campaign whose recipient list retention forgot has long ended: its buttons say so.
        if (campaignId is null || turn.Store.Find<Campaign>(campaignId) is not { } found || !(found.WentTo(turn.From.ToString()) || found.RecipientsForgotten))
        {
            ButtonRoute.Expired(turn);
            return false;
        }

        if (!found.IsOpen(turn.Now))
        {
            turn.Acknowledge(Texts.CampaignEnded);
            turn.Say(Texts.CampaignEnded);
            return false;
        }

        campaign = found;
        return true;
    }
}
