using Domain.Campaigns;
using Domain.Conversations;

namespace Domain.Tests.Campaigns;

/// <summary>Every campaign button to its exact wire form and back; forged, short or unknown data decodes to nothing.</summary>
public sealed class CampaignButtonCodecTests
{
    private const string Id = "cd261203-183000-t1234567890";

    public static TheoryData<IButton, string> Buttons() => new()
    {
        { new ComposeButton(ComposeAction.SkipPicture), "cd:np" },
        { new ComposeButton(ComposeAction.Everyone), "cd:all" },
        { new ComposeButton(ComposeAction.Units), "cd:units" },
        { new ComposeButton(ComposeAction.Unit, "P05"), "cd:u:P05" },
        { new ComposeButton(ComposeAction.UnitsDone), "cd:udone" },
        { new ComposeButton(ComposeAction.Group), "cd:group" },
        { new ComposeButton(ComposeAction.GroupChosen, "Ward"), "cd:g:Ward" },
        { new ComposeButton(ComposeAction.Proof, "1"), "cd:pf:1" },
        { new ComposeButton(ComposeAction.Send), "cd:send" },
        { new ComposeButton(ComposeAction.Edit), "cd:edit" },
        { new ComposeButton(ComposeAction.Cancel), "cd:cancel" },
        { new AnswerButton(AnswerAction.Done, Id), $"cdt:ok:{Id}" },
        { new AnswerButton(AnswerAction.CouldNot, Id), $"cdt:no:{Id}" },
        { new AnswerButton(AnswerAction.Skip, Id), $"cdt:skip:{Id}" },
        { new AnswerButton(AnswerAction.Finish, Id), $"cdt:end:{Id}" },
        { new BoardButton(BoardAction.List), "cdb:ls" },
        { new BoardButton(BoardAction.New), "cdb:new" },
        { new BoardButton(BoardAction.Progress, Id), $"cdb:c:{Id}" },
        { new BoardButton(BoardAction.Proofs, Id), $"cdb:p:{Id}" },
        { new BoardButton(BoardAction.Remind, Id), $"cdb:r:{Id}" },
        { new BoardButton(BoardAction.Export, Id), $"cdb:x:{Id}" },
        { new BoardButton(BoardAction.Summary, "2026-11"), "cdb:s:2026-11" },
    };

    [Theory]
    [MemberData(nameof(Buttons))]
    public void Each_button_has_its_exact_wire_form_and_decodes_back(IButton button, string wire)
    {
        Assert.Equal(wire, button.Encode());
        Assert.True(ButtonData.TrySplit(wire, out var flow, out var parts));
        IButton? back = flow switch
        {
            ComposeButton.Prefix => ComposeButton.Decode(parts),
            AnswerButton.Prefix => AnswerButton.Decode(parts),
            _ => BoardButton.Decode(parts),
        };
        Assert.Equal(button, back);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(wire) <= 64);
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("ok")]
    [InlineData("ok:")]
    [InlineData("ok:a:b")]
    [InlineData("")]
    public void Forged_answer_data_is_no_button(string rest)
    {
        Assert.Null(AnswerButton.Decode(rest.Split(':')));
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("c:a:b")]
    public void Forged_board_and_compose_data_is_no_button(string rest)
    {
        Assert.Null(BoardButton.Decode(rest.Split(':')));
        Assert.Null(ComposeButton.Decode(rest.Split(':')));
    }
}
