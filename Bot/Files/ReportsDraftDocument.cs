using Domain.Conversations;
using Domain.Events;
using Domain.Reports;

namespace Bot.Files;

/// <summary>
/// The draft report as a .docx, in the committee's formal layout: its name with the number line,
/// the place and date (<see cref="ReportsDraftFrame"/>), "BÁO CÁO", the subject and period, an
/// introduction, the district table, then each unit's difficulties and proposals quoted with the
/// unit's name, then the nominations and the signature block. Tuyên giáo edits it instead of writing from
/// scratch; every figure is the summary's.
/// </summary>
public static class ReportsDraftDocument
{
    public static byte[] Write(ReportSummary summary, Meeting meeting, Organization organization, IReadOnlyList<NominationRow> nominations, DateOnly madeOn)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(nominations);
        return DocxPackage.Write(body =>
        {
            var writer = new DraftWriter(body);
            var period = RoundNames.Period(summary.Round);
            Write(writer, ReportsDraftFrame.Heading(meeting, organization, madeOn));
            Write(
                writer,
                new(string.Empty),
                new("BÁO CÁO", Bold: true, Center: true, Size: 32),
                new($"Hoạt động các trang mạng xã hội, trang thông tin điện tử giai đoạn {period}", Bold: true, Center: true),
                new(string.Empty),
                new($"Thực hiện kế hoạch tổ chức {meeting.Title}, {organization.FullName.Vi} tổng hợp báo cáo của {summary.ReportedCount}/{summary.Units.Count} đơn vị về hoạt động các trang mạng xã hội giai đoạn {period} như sau:"),
                new("I. Số liệu tổng hợp", Bold: true));
            Table(writer, summary);
            Write(writer, new DraftParagraph("II. Khó khăn, đề xuất của các đơn vị", Bold: true));
            foreach (var unit in summary.Units.Where(u => u.Content is not null))
            {
                Write(
                    writer,
                    new(unit.UnitName, Bold: true),
                    new($"Khó khăn: \"{unit.Content!.Difficulties}\"", Italic: true),
                    new($"Đề xuất: \"{unit.Content.Proposals}\"", Italic: true));
            }

            var missing = summary.Missing.Select(u => u.UnitName).ToList();
            if (missing.Count > 0)
            {
                Write(writer, new DraftParagraph($"Đơn vị chưa báo cáo: {string.Join(", ", missing)}."));
            }

            Write(writer, new DraftParagraph("III. Đề xuất khen thưởng", Bold: true));
            for (var i = 0; i < nominations.Count; i++)
            {
                var n = nominations[i];
                Write(writer, new DraftParagraph($"{i + 1}. {n.Kind}: {n.Name} ({n.NomineeUnit}) – {n.Achievement}. Đơn vị đề xuất: {n.ReportingUnit}."));
            }

            if (nominations.Count == 0)
            {
                Write(writer, new DraftParagraph("Không có đề xuất."));
            }

            Write(writer, new DraftParagraph(string.Empty));
            Write(writer, ReportsDraftFrame.Signature(meeting, organization));
            writer.Section();
        });
    }

    /// <summary>Each paragraph with only the characters XML allows: a member's text could hold a control character.</summary>
    private static void Write(DraftWriter writer, params IEnumerable<DraftParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            writer.Paragraph(paragraph with { Text = SharedStrings.Clean(paragraph.Text) });
        }
    }

    private static void Table(DraftWriter writer, ReportSummary summary)
    {
        // The link column stays in the spreadsheet: a page's address is too wide for a printed table.
        writer.StartTable(ReportsTable.Headers(summary).Count - 1);
        writer.Row(ReportsTable.Headers(summary).Where((_, i) => i != 2).Select(SharedStrings.Clean), bold: true);
        foreach (var row in ReportsTable.Rows(summary))
        {
            // Figures as the plan writes them, "1.250": this is read, not summed.
            writer.Row(row.Texts.Where((_, i) => i != 2).Concat(row.Figures.Select(f => f is { } v ? ReportNumbers.Format(v) : string.Empty)).Select(SharedStrings.Clean), row.IsUnit);
        }

        writer.EndTable();
    }
}
