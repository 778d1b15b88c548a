using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Text;
using Domain.Users;

namespace Domain.Campaigns;

/// <summary>The questions, the preview and the sending of a campaign.</summary>
public sealed class CampaignComposeActions(UnitCatalog units) : ICampaignComposeActions, IStepQuestions<CampaignComposeMachine.State>
{
    public void AskTitle(Turn turn) => turn.Say(Texts.CampaignAskTitle);

    public void AskContent(Turn turn) => turn.Say(Texts.CampaignAskContent);

    public void AskPicture(Turn turn) => AskPicture(turn, Texts.CampaignAskPicture);

    /// <summary>The picture question, or <paramref name="question"/> in its place, with the button to go without one.</summary>
    public void AskPicture(Turn turn, Msg question) =>
        turn.Say(question, [new ComposeButton(ComposeAction.SkipPicture).As(Texts.CampaignNoPicture.Plain(turn.Lang))]);

    /// <summary>Whether the step is answered by its buttons.</summary>
    public bool HasChoices(CampaignComposeMachine.State state) => state is CampaignComposeMachine.State.Picture
        or CampaignComposeMachine.State.Audience or CampaignComposeMachine.State.Units or CampaignComposeMachine.State.Group
        or CampaignComposeMachine.State.Proof or CampaignComposeMachine.State.Preview;

    /// <summary>Asks the step's question again with its buttons (the preview: only its last part, the one with the buttons).</summary>
    public void AskAgain(Turn turn, CampaignComposeMachine.State state)
    {
        switch (state)
        {
            case CampaignComposeMachine.State.Picture:
                AskPicture(turn);
                break;
            case CampaignComposeMachine.State.Audience:
                AskAudience(turn);
                break;
            case CampaignComposeMachine.State.Units:
                AskUnits(turn);
                break;
            case CampaignComposeMachine.State.Group:
                AskGroup(turn);
                break;
            case CampaignComposeMachine.State.Proof:
                AskProof(turn);
                break;
            case CampaignComposeMachine.State.Preview:
                Confirm(turn, Draft(turn));
                break;
        }
    }

    public void AskAction(Turn turn) => turn.Say(Texts.CampaignAskAction);

    public void AskAudience(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskAudience,
        [
            new ComposeButton(ComposeAction.Everyone).As(Texts.AudienceAll.Plain(turn.Lang)),
            new ComposeButton(ComposeAction.Units).As(Texts.AudienceUnits.Plain(turn.Lang)),
            new ComposeButton(ComposeAction.Group).As(Texts.AudienceGroup.Plain(turn.Lang)),
        ]);
    }

    public void AskUnits(Turn turn) =>
        UnitChoice.AskUnits(turn, units, code => new ComposeButton(ComposeAction.Unit, code).Encode(), new ComposeButton(ComposeAction.UnitsDone).Encode());

    public void AskGroup(Turn turn) => UnitChoice.AskGroup(turn, units, g => new ComposeButton(ComposeAction.GroupChosen, g.ToString()).Encode());

    public void AskDeadline(Turn turn) => turn.Say(Texts.CampaignAskDeadline);

    public void AskProof(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.CampaignAskProof,
        [
            new ComposeButton(ComposeAction.Proof, "1").As(Texts.CampaignProofYes.Plain(turn.Lang)),
            new ComposeButton(ComposeAction.Proof, "0").As(Texts.CampaignProofNo.Plain(turn.Lang)),
        ]);
    }

    public void ShowPreview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var campaign = Draft(turn);
        turn.Say(Texts.NoticePreviewHeader);
        if (CampaignMessage.Picture(campaign) is { } picture)
        {
            turn.Reply(picture);
        }

        turn.Reply(CampaignMessage.For(campaign, lang, turn.Settings.TimeZone) with { Buttons = [] });
        Confirm(turn, campaign);
    }

    /// <summary>The preview's last part: whom it goes to, and the buttons; nobody to send to offers no Send.</summary>
    public void Confirm(Turn turn, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(campaign);
        var lang = turn.Lang;
        Button[] change = [new ComposeButton(ComposeAction.Edit).As(Texts.CampaignStartOver.Plain(lang)), new ComposeButton(ComposeAction.Cancel).As(Texts.Cancel.Plain(lang))];
        turn.Reply(campaign.Recipients.Count == 0
            ? new TextOut(Texts.PreviewNobody.For(lang, campaign.AudienceText)).WithButtons(change)
            : new TextOut(Texts.NoticeConfirm.For(lang, campaign.Recipients.Count, campaign.AudienceText)).WithButtons(
                [new ComposeButton(ComposeAction.Send).As(Texts.SendNotice.Plain(lang))], change));
    }

    /// <summary>
    /// Stores the campaign and its broadcast record (the same id) and queues every recipient's
    /// message in this turn's transaction: all of it is sent, paced, or none of it.
    /// </summary>
    public void Send(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var campaign = Draft(turn);
        var notice = new Notice
        {
            Id = campaign.Id,
            Text = CampaignMessage.For(campaign, turn.Settings.DefaultLanguage, turn.Settings.TimeZone).Text.Value,
            Audience = campaign.AudienceText,
            Recipients = campaign.Recipients,
            MediaId = campaign.PictureId,
            CreatedBy = campaign.CreatedBy,
            CreatedAt = campaign.CreatedAt,
        };
        turn.Changes.Put(campaign);
        turn.Changes.Put(notice);
        var picture = CampaignMessage.Picture(campaign);
        foreach (var id in campaign.Recipients)
        {
            var recipient = UserKey.Parse(id);
            var lang = MemberTexts.LangOf(turn.Store, recipient, turn.Settings.DefaultLanguage);
            if (picture is not null)
            {
                turn.Changes.Send(recipient, picture, Priority.Bulk, notice.MediaTag);
            }

            turn.Changes.Send(recipient, CampaignMessage.For(campaign, lang, turn.Settings.TimeZone), Priority.Bulk, notice.Tag);
        }

        turn.Changes.Send(turn.From, new TextOut(BroadcastActions.Progress(turn.Lang, notice, turn.Settings.TimeZone, 0, campaign.Recipients.Count, 0)), Priority.Interactive, Notice.ProgressTagFor(notice.Id));
        turn.Audit("campaign.sent", campaign.Id, string.Create(CultureInfo.InvariantCulture, $"{campaign.AudienceSpec}:{campaign.Recipients.Count}"));
    }

    public void Cancelled(Turn turn) => turn.Say(Texts.Cancelled);

    /// <summary>The campaign the draft describes, its recipients resolved now.</summary>
    public Campaign Draft(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var spec = turn.Session.Get("audience") ?? "all";
        return new Campaign
        {
            Id = NewId(turn),
            Title = turn.Session.Get("title") ?? string.Empty,
            Text = turn.Session.Get("text") ?? string.Empty,
            Link = turn.Session.Get("link"),
            PictureId = turn.Session.Get("picture"),
            Action = turn.Session.Get("action") ?? string.Empty,
            AudienceSpec = spec,
            AudienceText = Audience.Describe(turn.Store, units, spec, turn.Settings.DefaultLanguage),
            Recipients = Audience.Resolve(turn.Store, units, spec).Select(k => k.ToString()).ToList(),
            Deadline = DateTimeOffset.TryParse(turn.Session.Get("deadline"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline) ? deadline : turn.Now,
            ProofRequired = turn.Session.Get("proof") == "1",
            CreatedBy = turn.From.ToString(),
            CreatedAt = turn.Now,
        };
    }

    private static string NewId(Turn turn)
    {
        // Readable, short enough for button data; the sender's channel and id keep two organizers apart.
        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone);
        return string.Create(CultureInfo.InvariantCulture, $"cd{local:yyMMdd-HHmmss}-{turn.From.Channel[0]}{turn.From.Id}");
    }
}
