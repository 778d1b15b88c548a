using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;

namespace Domain.Tests.Reports;

public sealed class ReportSummaryTests
{
    private static readonly DateTimeOffset At = new(2027, 4, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly ReportingRound Round = new()
    {
        Id = "r1",
        MeetingId = "m",
        Deadline = At.AddDays(10),
        RequiredUnits = ["P01", "P02", "P03"],
        OpenedBy = "tg:1",
    };

    public static ReportPage Page(long followers, long a, long b, long c, int admins = 2, int collaborators = 3) => new()
    {
        Platform = PagePlatform.Facebook,
        Name = "Trang",
        Url = "https://facebook.com/x",
        Followers = followers,
        Posts = [a, b, c],
        Admins = admins,
        Collaborators = collaborators,
    };

    public static UnitReport Sent(string round, string unit, params ReportContent[] versions) => new()
    {
        Id = UnitReport.IdFor(round, unit),
        RoundId = round,
        UnitCode = unit,
        Versions = versions.Select((c, i) => new ReportVersion(c, "tg:5", At.AddHours(i))).ToList(),
    };

    [Fact]
    public void Totals_add_every_page_of_every_unit_that_reported()
    {
        var reports = new[]
        {
            Sent("r1", "P01", new ReportContent { Pages = [Page(1250, 10, 20, 30), Page(50, 1, 2, 3)], OpinionItems = [1, 2, 3], FalseContent = 4 }),
            Sent("r1", "P03", new ReportContent { Pages = [Page(100, 5, 5, 5, admins: 1, collaborators: 0)], OpinionItems = [10, 0, 0], FalseContent = 1 }),
        };

        var summary = ReportSummary.Build(Round, reports, ConversationDriver.Units);

        Assert.Equal(1400, summary.Totals.Followers);
        Assert.Equal([16L, 27L, 38L], summary.Totals.Posts);
        Assert.Equal(5, summary.Totals.Admins);
        Assert.Equal(6, summary.Totals.Collaborators);
        Assert.Equal([11L, 2L, 3L], summary.OpinionItems);
        Assert.Equal(5, summary.FalseContent);
        Assert.Equal(3, summary.PageCount);
        Assert.Equal(1300, summary.Units[0].Totals!.Followers);
    }

    [Fact]
    public void A_unit_that_did_not_report_is_shown_as_such_never_as_zeros()
    {
        var summary = ReportSummary.Build(Round, [Sent("r1", "P01", new ReportContent { Pages = [Page(1, 1, 1, 1)] })], ConversationDriver.Units);

        var missing = summary.Units.Single(u => u.UnitCode == "P02");
        Assert.False(missing.Reported);
        Assert.Null(missing.Totals);
        Assert.Null(missing.OpinionItems);
        Assert.Equal(["P02", "P03"], summary.Missing.Select(u => u.UnitCode));
        Assert.Equal(1, summary.ReportedCount);
    }

    [Fact]
    public void The_last_confirmed_version_counts()
    {
        var report = Sent("r1", "P02", new ReportContent { Pages = [Page(999, 9, 9, 9)] }, new ReportContent { Pages = [Page(10, 1, 2, 3)] });

        var summary = ReportSummary.Build(Round, [report], ConversationDriver.Units);

        Assert.Equal(10, summary.Totals.Followers);
    }

    [Fact]
    public void A_started_report_not_sent_and_another_rounds_report_add_nothing()
    {
        var drafting = new UnitReport { Id = UnitReport.IdFor("r1", "P01"), RoundId = "r1", UnitCode = "P01", StartedBy = "tg:5" };
        var other = Sent("r0", "P02", new ReportContent { Pages = [Page(500, 5, 5, 5)] });

        var summary = ReportSummary.Build(Round, [drafting, other], ConversationDriver.Units);

        Assert.Equal(0, summary.ReportedCount);
        Assert.Equal(0, summary.Totals.Followers);
    }

    [Fact]
    public void Units_follow_the_units_files_order_and_a_unit_not_required_that_reported_is_listed()
    {
        var summary = ReportSummary.Build(Round, [Sent("r1", "HPN", new ReportContent())], ConversationDriver.Units);

        Assert.Equal(["P01", "P02", "P03", "HPN"], summary.Units.Select(u => u.UnitCode));
    }

    [Fact]
    public void The_default_units_are_the_wards_and_the_member_organisations()
    {
        var codes = ReportingRound.DefaultUnits(ConversationDriver.Units);

        Assert.Equal(15, codes.Count);
        Assert.Contains("HPN", codes);
        Assert.DoesNotContain("BTT", codes);
        Assert.Equal([2021, 2022, 2023], Round.Years);
    }
}
