using Domain.ContentReports;
using Domain.Tests.Support;

namespace Domain.Tests.ContentReports;

/// <summary>The desk's arithmetic: numbers in a row, repeats of a link grouped and counted, status changes of a whole group.</summary>
public sealed class ReportDeskTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly MemoryStore store = new();

    [Fact]
    public void Each_report_gets_the_next_number_from_one()
    {
        var first = FileOne("https://example.vn/a");
        var second = FileOne("https://example.vn/b");
        var third = FileOne(null);

        Assert.Equal(["PA-0001", "PA-0002", "PA-0003"], new[] { first, second, third }.Select(r => r.Id));
        Assert.Equal(3, store.Find<ReportCounter>(ReportCounter.Key)!.Last);
    }

    [Fact]
    public void Repeats_of_a_link_are_grouped_under_the_first_and_counted()
    {
        var first = FileOne("https://www.facebook.com/x/posts/1?fbclid=abc");
        var other = FileOne("https://example.vn/other");
        var repeat = FileOne("https://m.facebook.com/x/posts/1/");
        var again = FileOne("facebook.com/x/posts/1");

        Assert.Null(first.DuplicateOf);
        Assert.Null(other.DuplicateOf);
        Assert.Equal(first.Id, repeat.DuplicateOf);
        Assert.Equal(first.Id, again.DuplicateOf);
        Assert.Equal("PA-0004", again.Id);
        Assert.Equal(3, store.Find<ContentReport>(first.Id)!.Reports);
        Assert.Equal(1, store.Find<ContentReport>(other.Id)!.Reports);
    }

    [Fact]
    public void A_report_without_a_link_is_never_grouped()
    {
        FileOne(null);
        Assert.Null(FileOne(null).DuplicateOf);
    }

    [Fact]
    public void A_repeat_takes_its_groups_status_and_a_closed_links_repeat_starts_a_new_group()
    {
        var first = FileOne("https://example.vn/a");
        Apply(ReportDesk.Decide(store, first.Id, ReportStatus.InProgress, null, Now));
        Assert.Equal(ReportStatus.InProgress, FileOne("https://example.vn/a").Status);

        Apply(ReportDesk.Decide(store, first.Id, ReportStatus.Rebutted, null, Now));
        var later = FileOne("https://example.vn/a");
        Assert.Null(later.DuplicateOf);
        Assert.Equal(ReportStatus.New, later.Status);
    }

    [Fact]
    public void A_status_change_moves_the_whole_group_with_its_note()
    {
        var first = FileOne("https://example.vn/a");
        var repeat = FileOne("https://example.vn/a");

        // Pressed on the repeat (forged data): the group's first report decides.
        var decision = ReportDesk.Decide(store, repeat.Id, ReportStatus.Forwarded, "Đã gửi Công an quận", Now);

        Assert.Equal(DecisionOutcome.Changed, decision.Outcome);
        Assert.Equal([first.Id, repeat.Id], decision.Changed.Select(r => r.Id));
        Assert.All(decision.Changed, r => Assert.Equal((ReportStatus.Forwarded, "Đã gửi Công an quận", (DateTimeOffset?)Now), (r.Status, r.Note, r.DecidedAt)));
    }

    [Fact]
    public void A_closed_report_stays_closed_the_same_status_changes_nothing_and_a_guess_finds_nothing()
    {
        var first = FileOne("https://example.vn/a");
        Apply(ReportDesk.Decide(store, first.Id, ReportStatus.InProgress, null, Now));

        Assert.Equal(DecisionOutcome.Unchanged, ReportDesk.Decide(store, first.Id, ReportStatus.InProgress, null, Now).Outcome);
        Apply(ReportDesk.Decide(store, first.Id, ReportStatus.NoAction, null, Now));
        Assert.Equal(DecisionOutcome.Closed, ReportDesk.Decide(store, first.Id, ReportStatus.Rebutted, null, Now).Outcome);
        Assert.Equal(DecisionOutcome.NotFound, ReportDesk.Decide(store, "PA-0099", ReportStatus.Rebutted, null, Now).Outcome);
    }

    private ContentReport FileOne(string? link)
    {
        var submission = new ReportSubmission(link, link is null ? ["photo-1"] : [], ReportPlatform.Facebook, "Bài viết xuyên tạc sự thật.", null);
        var filing = ReportDesk.File(store, submission, "tg:101", Now);
        store.Put(filing.Counter);
        store.Put(filing.Report);
        if (filing.Group is { } group)
        {
            store.Put(group);
        }

        return filing.Report;
    }

    private void Apply(Decision decision)
    {
        foreach (var report in decision.Changed)
        {
            store.Put(report);
        }
    }
}
