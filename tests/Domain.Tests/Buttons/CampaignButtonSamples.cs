using Domain.Campaigns;
using Domain.Members;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>Every campaign button ("cd", "cdt", "cdb") with the wire form old messages carry.</summary>
public static class CampaignButtonSamples
{
    public static IEnumerable<ButtonSample> Samples(string campaignId, string unitCode) =>
    [
        Of(new ComposeButton(ComposeAction.SkipPicture), "cd:np"),
        Of(new ComposeButton(ComposeAction.Everyone), "cd:all"),
        Of(new ComposeButton(ComposeAction.Units), "cd:units"),
        Of(new ComposeButton(ComposeAction.Unit, unitCode), $"cd:u:{unitCode}"),
        Of(new ComposeButton(ComposeAction.UnitsDone), "cd:udone"),
        Of(new ComposeButton(ComposeAction.Group), "cd:group"),
        .. Enum.GetValues<UnitGroup>().Select(g => Of(new ComposeButton(ComposeAction.GroupChosen, g.ToString()), $"cd:g:{g}")),
        Of(new ComposeButton(ComposeAction.Proof, "1"), "cd:pf:1"),
        Of(new ComposeButton(ComposeAction.Proof, "0"), "cd:pf:0"),
        Of(new ComposeButton(ComposeAction.Send), "cd:send"),
        Of(new ComposeButton(ComposeAction.Edit), "cd:edit"),
        Of(new ComposeButton(ComposeAction.Cancel), "cd:cancel"),
        Of(new AnswerButton(AnswerAction.Done, campaignId), $"cdt:ok:{campaignId}"),
        Of(new AnswerButton(AnswerAction.CouldNot, campaignId), $"cdt:no:{campaignId}"),
        Of(new AnswerButton(AnswerAction.Skip, campaignId), $"cdt:skip:{campaignId}"),
        Of(new AnswerButton(AnswerAction.Finish, campaignId), $"cdt:end:{campaignId}"),
        Of(new BoardButton(BoardAction.List), "cdb:ls"),
        Of(new BoardButton(BoardAction.New), "cdb:new"),
        Of(new BoardButton(BoardAction.Progress, campaignId), $"cdb:c:{campaignId}"),
        Of(new BoardButton(BoardAction.Proofs, campaignId), $"cdb:p:{campaignId}"),
        Of(new BoardButton(BoardAction.Remind, campaignId), $"cdb:r:{campaignId}"),
        Of(new BoardButton(BoardAction.Export, campaignId), $"cdb:x:{campaignId}"),
        Of(new BoardButton(BoardAction.Summary), "cdb:s"),
        Of(new BoardButton(BoardAction.Summary, "9999-12"), "cdb:s:9999-12"),
    ];
}
