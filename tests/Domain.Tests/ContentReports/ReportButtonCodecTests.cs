using Domain.ContentReports;
using Domain.Conversations;

namespace Domain.Tests.ContentReports;

/// <summary>Each button family of the reports: every record to its exact wire form and back; forged data decodes to nothing.</summary>
public sealed class ReportButtonCodecTests
{
    public static TheoryData<IButton, string> Buttons() => new()
    {
        { new ReportBegin(), "pa:new" },
        { new ReportStep("abc123", ReportVerb.Continue), "pa:go:abc123" },
        { new ReportStep("abc123", ReportVerb.SkipPlace), "pa:skip:abc123" },
        { new ReportStep("abc123", ReportVerb.Send), "pa:send:abc123" },
        { new ReportStep("abc123", ReportVerb.Edit), "pa:edit:abc123" },
        { new ReportStep("abc123", ReportVerb.Cancel), "pa:cancel:abc123" },
        { new ReportStep("abc123", ReportVerb.Back), "pa:back:abc123" },
        { new ReportPlatformChoice("abc123", ReportPlatform.TikTok), "pa:pf:abc123:2" },
        { new ReportFieldChoice("abc123", ReportField.Place), "pa:f:abc123:l" },
        { new QueueOverview(), "pq:ov" },
        { new QueueExport(), "pq:xp" },
        { new QueueList(ReportView.Closed, 12), "pq:l:c:12" },
        { new QueueOpen(42), "pq:o:42" },
        { new QueuePhotos(9999999), "pq:ph:9999999" },
        { new QueueSetStatus(9999999, ReportStatus.Forwarded), "pq:s:9999999:f" },
        { new ReportNoteButton.NoNote("abc123"), "pqn:none:abc123" },
        { new ReportNoteButton.Dismiss("abc123"), "pqn:stop:abc123" },
    };

    [Theory]
    [MemberData(nameof(Buttons))]
    public void A_button_encodes_to_its_wire_form_and_decodes_back(IButton button, string wire)
    {
        Assert.Equal(wire, button.Encode());
        ButtonData.TrySplit(wire, out var flow, out var parts);
        IButton? decoded = flow switch
        {
            ReportFlowButton.Prefix => ReportFlowButton.Decode(parts),
            QueueButton.Prefix => QueueButton.Decode(parts),
            _ => ReportNoteButton.Decode(parts),
        };
        Assert.Equal(button, decoded);
    }

    [Theory]
    [InlineData("pq:s:1:z")]
    [InlineData("pq:s:0:f")]
    [InlineData("pq:s:-1:f")]
    [InlineData("pq:s: 1:f")]
    [InlineData("pq:s:99999999:f")]
    [InlineData("pq:o")]
    [InlineData("pq:l:x:0")]
    [InlineData("pq:l:n:99999")]
    [InlineData("pa:pf:abc123:9")]
    [InlineData("pa:f:abc123:z")]
    [InlineData("pa:send")]
    [InlineData("pqn:none")]
    public void Forged_or_short_data_decodes_to_nothing(string wire)
    {
        ButtonData.TrySplit(wire, out var flow, out var parts);
        object? decoded = flow switch
        {
            ReportFlowButton.Prefix => ReportFlowButton.Decode(parts),
            QueueButton.Prefix => QueueButton.Decode(parts),
            _ => ReportNoteButton.Decode(parts),
        };
        Assert.Null(decoded);
    }
}
