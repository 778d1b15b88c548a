using Domain.ContentReports;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>Every content-report button ("pa", "pq", "pqn") with the wire form old messages carry.</summary>
public static class ContentReportButtonSamples
{
    public static IEnumerable<ButtonSample> Samples(string nonce, int number, int page) =>
    [
        Of<ReportFlowButton>(new ReportBegin(), "pa:new"),
        Of<ReportFlowButton>(new ReportStep(nonce, ReportVerb.Continue), $"pa:go:{nonce}"),
        Of<ReportFlowButton>(new ReportStep(nonce, ReportVerb.SkipPlace), $"pa:skip:{nonce}"),
        Of<ReportFlowButton>(new ReportStep(nonce, ReportVerb.Send), $"pa:send:{nonce}"),
        Of<ReportFlowButton>(new ReportStep(nonce, ReportVerb.Edit), $"pa:edit:{nonce}"),
        Of<ReportFlowButton>(new ReportStep(nonce, ReportVerb.Cancel), $"pa:cancel:{nonce}"),
        Of<ReportFlowButton>(new ReportStep(nonce, ReportVerb.Back), $"pa:back:{nonce}"),
        .. Enum.GetValues<ReportPlatform>().Select(p => Of<ReportFlowButton>(new ReportPlatformChoice(nonce, p), $"pa:pf:{nonce}:{(int)p}")),
        Of<ReportFlowButton>(new ReportFieldChoice(nonce, ReportField.Evidence), $"pa:f:{nonce}:e"),
        Of<ReportFlowButton>(new ReportFieldChoice(nonce, ReportField.Platform), $"pa:f:{nonce}:p"),
        Of<ReportFlowButton>(new ReportFieldChoice(nonce, ReportField.Description), $"pa:f:{nonce}:d"),
        Of<ReportFlowButton>(new ReportFieldChoice(nonce, ReportField.Place), $"pa:f:{nonce}:l"),
        Of<QueueButton>(new QueueOverview(), "pq:ov"),
        Of<QueueButton>(new QueueExport(), "pq:xp"),
        Of<QueueButton>(new QueueList(ReportView.New, page), $"pq:l:n:{page}"),
        Of<QueueButton>(new QueueList(ReportView.InProgress, page), $"pq:l:p:{page}"),
        Of<QueueButton>(new QueueList(ReportView.Closed, page), $"pq:l:c:{page}"),
        Of<QueueButton>(new QueueOpen(number), $"pq:o:{number}"),
        Of<QueueButton>(new QueuePhotos(number), $"pq:ph:{number}"),
        Of<QueueButton>(new QueueSetStatus(number, ReportStatus.New), $"pq:s:{number}:n"),
        Of<QueueButton>(new QueueSetStatus(number, ReportStatus.InProgress), $"pq:s:{number}:p"),
        Of<QueueButton>(new QueueSetStatus(number, ReportStatus.NoAction), $"pq:s:{number}:x"),
        Of<QueueButton>(new QueueSetStatus(number, ReportStatus.Forwarded), $"pq:s:{number}:f"),
        Of<QueueButton>(new QueueSetStatus(number, ReportStatus.Rebutted), $"pq:s:{number}:r"),
        Of<ReportNoteButton>(new ReportNoteButton.NoNote(nonce), $"pqn:none:{nonce}"),
        Of<ReportNoteButton>(new ReportNoteButton.Dismiss(nonce), $"pqn:stop:{nonce}"),
    ];
}
