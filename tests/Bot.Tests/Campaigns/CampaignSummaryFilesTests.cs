using System.Text;
using Bot.Files;
using Domain.Campaigns;

namespace Bot.Tests.Campaigns;

/// <summary>The monthly summary's full tables, read back with independent readers: valid, every figure in its place, formulas neutralized.</summary>
public sealed class CampaignSummaryFilesTests
{
    private static readonly Campaign[] Campaigns =
    [
        new() { Id = "c1", Title = "c1", Action = "a", AudienceSpec = "all", AudienceText = "all", CreatedBy = "tg:1" },
        new() { Id = "c2", Title = "c2", Action = "a", AudienceSpec = "all", AudienceText = "all", CreatedBy = "tg:1" },
    ];

    private static readonly MonthlySummary Summary = new(
        2026,
        11,
        Campaigns,
        new CampaignProgressReport(
            [new("P01", "Phường 1", 3, 1, 0), new("P02", "Phường 2", 0, 0, 2)],
            new("*", string.Empty, 3, 1, 2)),
        [
            new("tg:2", "=HYPERLINK(\"x\")", "Phường 1", 2, 1, 1),
            new("tg:1", "Lê Thị Lan", "Phường 1", 2, 2, 0),
            new("tg:3", "Phạm Thu", "Phường 2", 2, 0, 0),
        ]);

    private readonly CampaignFiles files = new();

    [Fact]
    public void The_workbook_is_valid_with_a_sheet_per_unit_and_a_sheet_per_member_and_numbers_as_numbers()
    {
        var xlsx = files.SummaryXlsx(Summary, "Tổng kết chiến dịch tháng 11/2026", "2 chiến dịch");

        Assert.Empty(CampaignXlsx.Errors(xlsx));
        var sheets = SummaryXlsx.Sheets(xlsx);
        Assert.Equal([CampaignSummaryColumns.UnitsSheet, CampaignSummaryColumns.MembersSheet], sheets.Select(s => s.Name));
        var (_, units) = sheets[0];
        Assert.Equal("Tổng kết chiến dịch tháng 11/2026", units[0][0].Text);
        Assert.Equal("2 chiến dịch", units[1][0].Text);
        Assert.Equal(CampaignSummaryColumns.UnitHeaders, units[2].Select(c => c.Text));
        Assert.Equal(["Phường 1", "4", "3", "1", "0", "75"], units[3].Select(c => c.Text));
        Assert.Equal(["Phường 2", "2", "0", "0", "2", "0"], units[4].Select(c => c.Text));
        Assert.Equal([CampaignSummaryColumns.TotalName, "6", "3", "1", "2", "50"], units[5].Select(c => c.Text));
        Assert.All(units.Skip(3), row => Assert.Equal([false, true, true, true, true, true], row.Select(c => c.IsNumber)));
        Assert.Equal(6, units.Count);

        var (_, members) = sheets[1];
        Assert.Equal(CampaignSummaryColumns.MemberHeaders, members[2].Select(c => c.Text));
        Assert.Equal(["Phường 1", "'=HYPERLINK(\"x\")", "2", "1", "1", "0", "50"], members[3].Select(c => c.Text));
        Assert.Equal(["Phường 1", "Lê Thị Lan", "2", "2", "0", "0", "100"], members[4].Select(c => c.Text));
        Assert.Equal(["Phường 2", "Phạm Thu", "2", "0", "0", "2", "0"], members[5].Select(c => c.Text));
        Assert.Equal(6, members.Count);
    }

    [Fact]
    public void The_csv_holds_both_tables_each_row_naming_its_table()
    {
        var csv = files.SummaryCsv(Summary);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', CampaignSummaryCsv.Headers), lines[0]);
        var units = CampaignSummaryColumns.UnitsSheet;
        var people = CampaignSummaryColumns.MembersSheet;
        Assert.Equal(
            [
                $"{units},Phường 1,,4,3,1,0,75",
                $"{units},Phường 2,,2,0,0,2,0",
                $"{units},{CampaignSummaryColumns.TotalName},,6,3,1,2,50",
                $"{people},Phường 1,\"'=HYPERLINK(\"\"x\"\")\",2,1,1,0,50",
                $"{people},Phường 1,Lê Thị Lan,2,2,0,0,100",
                $"{people},Phường 2,Phạm Thu,2,0,0,2,0",
            ],
            lines[1..]);
    }

    [Fact]
    public void A_month_of_many_members_stays_valid()
    {
        var many = Enumerable.Range(1, 3000).Select(i => new MemberRate($"tg:{i}", $"Thành viên {i}", $"Phường {(i % 14) + 1}", 4, i % 5 == 0 ? 4 : 1, 1)).ToList();

        var xlsx = files.SummaryXlsx(Summary with { Members = many }, "t", "n");

        Assert.Empty(CampaignXlsx.Errors(xlsx));
        Assert.Equal(3003, SummaryXlsx.Sheets(xlsx)[1].Rows.Count);
    }
}
