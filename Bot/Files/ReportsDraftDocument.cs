using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
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
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Written element by element: the whole table as one object tree cost far more memory
            // than the file (docs/benchmarks.md, Reports); each paragraph and row is still built
            // with the SDK's classes, so the markup is the same.
            using var writer = OpenXmlWriter.Create(document.AddMainDocumentPart(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.WriteStartDocument();
            writer.WriteStartElement(new Document());
            writer.WriteStartElement(new Body());
            var period = RoundNames.Period(summary.Round);
            Write(writer, [.. ReportsDraftFrame.Heading(meeting, organization, madeOn, Framed)]);
            Write(
                writer,
                Paragraph(string.Empty),
                Paragraph("BÁO CÁO", bold: true, center: true, size: 32),
                Paragraph($"Hoạt động các trang mạng xã hội, trang thông tin điện tử giai đoạn {period}", bold: true, center: true),
                Paragraph(string.Empty),
                Paragraph(Clean($"Thực hiện kế hoạch tổ chức {meeting.Title}, {organization.FullName.Vi} tổng hợp báo cáo của {summary.ReportedCount}/{summary.Units.Count} đơn vị về hoạt động các trang mạng xã hội giai đoạn {period} như sau:")),
                Paragraph("I. Số liệu tổng hợp", bold: true));
            Table(writer, summary);
            Write(writer, Paragraph("II. Khó khăn, đề xuất của các đơn vị", bold: true));
            foreach (var unit in summary.Units.Where(u => u.Content is not null))
            {
                Write(
                    writer,
                    Paragraph(Clean(unit.UnitName), bold: true),
                    Paragraph(Clean($"Khó khăn: \"{unit.Content!.Difficulties}\""), italic: true),
                    Paragraph(Clean($"Đề xuất: \"{unit.Content.Proposals}\""), italic: true));
            }

            var missing = summary.Missing.Select(u => u.UnitName).ToList();
            if (missing.Count > 0)
            {
                Write(writer, Paragraph(Clean($"Đơn vị chưa báo cáo: {string.Join(", ", missing)}.")));
            }

            Write(writer, Paragraph("III. Đề xuất khen thưởng", bold: true));
            for (var i = 0; i < nominations.Count; i++)
            {
                var n = nominations[i];
                Write(writer, Paragraph(Clean($"{i + 1}. {n.Kind}: {n.Name} ({n.NomineeUnit}) – {n.Achievement}. Đơn vị đề xuất: {n.ReportingUnit}.")));
            }

            if (nominations.Count == 0)
            {
                Write(writer, Paragraph("Không có đề xuất."));
            }

            Write(writer, Paragraph(string.Empty));
            Write(writer, [.. ReportsDraftFrame.Signature(meeting, organization, Framed)]);

            Write(writer, new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Right = 850, Bottom = 1134, Left = 1701, Header = 720, Footer = 720, Gutter = 0 }));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Write(OpenXmlWriter writer, params OpenXmlElement[] elements)
    {
        foreach (var element in elements)
        {
            writer.WriteElement(element);
        }
    }

    private static void Table(OpenXmlWriter writer, ReportSummary summary)
    {
        writer.WriteStartElement(new Table());
        writer.WriteElement(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        // The link column stays in the spreadsheet: a page's address is too wide for a printed table.
        var columns = ReportsTable.Headers(summary).Count - 1;
        writer.WriteElement(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9355 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        writer.WriteElement(Row(ReportsTable.Headers(summary).Where((_, i) => i != 2), bold: true));
        foreach (var row in ReportsTable.Rows(summary))
        {
            // Figures as the plan writes them, "1.250": this is read, not summed.
            writer.WriteElement(Row(row.Texts.Where((_, i) => i != 2).Concat(row.Figures.Select(f => f is { } v ? ReportNumbers.Format(v) : string.Empty)), row.IsUnit));
        }

        writer.WriteEndElement();
    }

    private static Paragraph Framed(string text, bool bold, bool italic) => Paragraph(Clean(text), bold, italic: italic);

    private static TableRow Row(IEnumerable<string> values, bool bold) =>
        new(values.Select(v => new TableCell(Paragraph(Clean(v), bold, size: 18))));

    private static Paragraph Paragraph(string text, bool bold = false, bool center = false, int size = 26, bool italic = false)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        runProperties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var paragraph = new Paragraph();
        if (center)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        paragraph.Append(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>Only characters XML allows: a member's text could hold a control character.</summary>
    private static string Clean(string text) => SharedStrings.Clean(text);
}
