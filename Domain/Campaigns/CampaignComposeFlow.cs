using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Text;

namespace Domain.Campaigns;

/// <summary>
/// Composing a campaign (from /chiendich → "Tạo chiến dịch"). Every message and every press is
/// checked again for the organizer role; forged button data from anyone else changes nothing.
/// </summary>
public sealed class CampaignComposeFlow(UnitCatalog units, CampaignComposeActions actions) : IFlow, IButtonHandler<ComposeButton>
{
    public const int MaxTitle = 150;
    public const int MaxText = 3000;
    public const int MaxAction = 500;
    public static readonly TimeSpan LongestDeadline = TimeSpan.FromDays(90);

    public string Name => ComposeButton.Prefix;

    public void Start(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Session = turn.Session.Enter(Name, CampaignComposeMachine.State.Title);
        actions.AskTitle(turn);
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new CampaignComposeMachine(turn, actions);
        switch (turn.Input.Event)
        {
            case MediaIn { Kind: MediaKind.Photo } photo when machine.Current == CampaignComposeMachine.State.Picture:
                machine.GivePicture(photo.FileId);
                break;
            case TextIn text:
                Type(turn, machine, text.Text.Trim().Normalize());
                break;
            default:
                Refuse(turn, machine.Current, Texts.TextExpected);
                break;
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    /// <summary>A press of the conversation's own buttons (the router sends them here only while it is in progress).</summary>
    public void Handle(Turn turn, ComposeButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new CampaignComposeMachine(turn, actions);
        if (!Press(turn, machine, button))
        {
            ButtonRoute.Expired(turn);
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private void Type(Turn turn, CampaignComposeMachine machine, string text)
    {
        switch (machine.Current)
        {
            case CampaignComposeMachine.State.Title when text.Length is 0 or > MaxTitle:
                turn.Say(Texts.CampaignTitleLength, MaxTitle);
                break;
            case CampaignComposeMachine.State.Title:
                machine.GiveTitle(text);
                break;
            case CampaignComposeMachine.State.Content when text.Length is 0 or > MaxText:
                turn.Say(Texts.CampaignTextLength, MaxText);
                break;
            case CampaignComposeMachine.State.Content:
                GiveContent(turn, machine, text);
                break;
            case CampaignComposeMachine.State.Action when text.Length is 0 or > MaxAction:
                turn.Say(Texts.CampaignActionLength, MaxAction);
                break;
            case CampaignComposeMachine.State.Action:
                machine.GiveAction(Html.Escape(text).Value);
                break;
            case CampaignComposeMachine.State.Deadline:
                GiveDeadline(turn, machine, text);
                break;
            default:
                Refuse(turn, machine.Current, Texts.UseButtons);
                break;
        }
    }

    /// <summary>
    /// Something the step cannot take: at a step of choices the question comes again with its
    /// buttons, so that on a channel of numbered choices the numbers hold again.
    /// </summary>
    private void Refuse(Turn turn, CampaignComposeMachine.State step, Msg atTextStep)
    {
        if (step == CampaignComposeMachine.State.Picture)
        {
            actions.AskPicture(turn, Texts.CampaignPictureExpected);
        }
        else
        {
            ChoiceStep.Refuse(turn, actions, step, atTextStep);
        }
    }

    /// <summary>A text with the post's link in it, or the link alone; a word that looks like a link but is none is refused.</summary>
    private static void GiveContent(Turn turn, CampaignComposeMachine machine, string text)
    {
        var words = text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var linkLike = words.Where(w => w.Contains("://", StringComparison.Ordinal) || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase)).ToList();
        if (linkLike.FirstOrDefault(w => WebLink.Parse(w) is null) is { } bad)
        {
            turn.Say(Texts.CampaignBadLink, bad);
            return;
        }

        var link = linkLike.Select(WebLink.Parse).FirstOrDefault();
        if (link is null && words.Length == 1 && WebLink.Parse(text) is { } alone)
        {
            link = alone;
        }

        var onlyLink = link is not null && words.Length == 1;
        machine.GiveContent(onlyLink ? string.Empty : Html.Escape(text).Value, link?.Url);
    }

    private static void GiveDeadline(Turn turn, CampaignComposeMachine machine, string text)
    {
        var zone = turn.Settings.TimeZone;
        if ((InDays(text) is { } days ? EveningIn(turn, days) : MeetingFormat.Parse(text, zone)) is not { } deadline)
        {
            turn.Say(Texts.CampaignDeadlineUnreadable);
        }
        else if (deadline <= turn.Now)
        {
            turn.Say(Texts.CampaignDeadlinePast, MeetingFormat.When(deadline, zone, turn.Lang));
        }
        else if (deadline - turn.Now > LongestDeadline)
        {
            turn.Say(Texts.CampaignDeadlineTooFar, (int)LongestDeadline.TotalDays);
        }
        else
        {
            machine.GiveDeadline(deadline);
        }
    }

    /// <summary>20g00 on the day that many days ahead, by the committee's clock: a time people remember.</summary>
    private static DateTimeOffset EveningIn(Turn turn, int days)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone).DateTime).AddDays(days).ToDateTime(new TimeOnly(20, 0));
        return new DateTimeOffset(day, turn.Settings.TimeZone.GetUtcOffset(day));
    }

    /// <summary>"3 ngày" (or "3 days"): that many days ahead, so a deadline can be typed without a calendar.</summary>
    private static int? InDays(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
            && parts[1].ToLowerInvariant() is "ngày" or "ngay" or "day" or "days"
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)
            && days is > 0 and <= 366
                ? days
                : null;
    }

    private bool Press(Turn turn, CampaignComposeMachine machine, ComposeButton button)
    {
        switch (button.Action)
        {
            case ComposeAction.SkipPicture:
                return machine.NoPicture();
            case ComposeAction.Everyone:
                return machine.Everyone();
            case ComposeAction.Units:
                return UnitChoice.Open(turn, machine.PickUnits);
            case ComposeAction.Unit when machine.Current == CampaignComposeMachine.State.Units && units.Find(button.Value) is { } unit:
                UnitChoice.Toggle(turn, unit.Code);
                actions.AskUnits(turn);
                return true;
            case ComposeAction.UnitsDone when machine.Current == CampaignComposeMachine.State.Units:
                if (UnitChoice.Done(turn) is not { } codes)
                {
                    actions.AskUnits(turn);
                    return true;
                }

                return machine.UnitsDone(codes);
            case ComposeAction.Group:
                return machine.PickGroup();
            case ComposeAction.GroupChosen when Enum.GetNames<UnitGroup>().Contains(button.Value, StringComparer.Ordinal):
                return machine.ChooseGroup(button.Value);
            case ComposeAction.Proof when button.Value is "1" or "0":
                return machine.ChooseProof(button.Value == "1");
            case ComposeAction.Send when machine.Current == CampaignComposeMachine.State.Preview:
                return Send(turn, machine);
            case ComposeAction.Edit:
                return machine.Edit();
            case ComposeAction.Cancel:
                return machine.Cancel();
            default:
                return false;
        }
    }

    private bool Send(Turn turn, CampaignComposeMachine machine)
    {
        var draft = actions.Draft(turn);
        if (draft.Recipients.Count == 0)
        {
            turn.Say(Texts.NoRecipients);
            actions.Confirm(turn, draft);
            return true;
        }

        if (draft.Deadline <= turn.Now)
        {
            // The preview waited past the deadline: back to the deadline step, so the time typed next is read as the new one.
            turn.Say(Texts.CampaignDeadlinePassedBeforeSend, MeetingFormat.When(draft.Deadline, turn.Settings.TimeZone, turn.Lang));
            return machine.Redate();
        }

        if (turn.Store.Find<Campaign>(draft.Id) is not null || turn.Store.Find<Notice>(draft.Id) is not null)
        {
            // Two sends within one second by the same organizer: the second would overwrite the first.
            turn.Say(Texts.CampaignTryAgain);
            actions.Confirm(turn, draft);
            return true;
        }

        return machine.Send();
    }
}
