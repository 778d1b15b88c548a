using System.IO.Compression;
using Bot.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Domain.Conversations;
using Domain.Members;
using Domain.Team;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Bot.Tests.Team;

/// <summary>The registration QR files: every picture decodes back to its unit's exact link, and the printable page holds every unit.</summary>
public sealed class UnitQrFilesTests
{
    private static readonly UnitCatalog Units = Bot.Storage.UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));

    private static readonly IReadOnlyList<UnitQr> Codes = RegistrationCodes.For(Units, new ChannelLinks("mttq_q5_bot"));

    private readonly TeamFiles files = new();

    [Fact]
    public void Every_units_png_decodes_to_its_exact_deep_link()
    {
        Assert.True(Codes.Count >= 20, $"{Codes.Count} units");
        foreach (var unit in Codes)
        {
            var png = files.UnitQrPng(unit);

            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Equal($"https://t.me/mttq_q5_bot?start={unit.Code}", QrDecoder.Decode(png));
            var (width, height) = QrDecoder.Size(png);
            Assert.InRange(width, 300, 700);
            Assert.True(height > width, $"{unit.Code}: {width}x{height}, no room for the caption");
        }
    }

    [Fact]
    public void Without_a_link_the_png_decodes_to_the_typed_command()
    {
        var unit = RegistrationCodes.For(Units, new ChannelLinks()).Single(u => u.Code == "P05");

        Assert.Equal("/start P05", QrDecoder.Decode(files.UnitQrPng(unit)));
    }

    [Fact]
    public void The_zip_holds_one_png_per_unit_named_by_code_each_decoding_to_its_link()
    {
        using var zip = new ZipArchive(new MemoryStream(files.UnitQrZip(Codes)), ZipArchiveMode.Read);

        Assert.Equal(Codes.Select(c => $"{c.Code}.png"), zip.Entries.Select(e => e.FullName));
        foreach (var (entry, unit) in zip.Entries.Zip(Codes))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(unit.Payload, QrDecoder.Decode(copy.ToArray()));
        }
    }

    [Fact]
    public void The_printable_sheet_is_a_valid_a4_document_with_every_unit_its_code_name_and_picture()
    {
        var sheet = new QrSheet("Mã QR đăng ký Tổ tuyên truyền viên theo đơn vị – Ủy ban MTTQ Việt Nam Quận 5", "Quét mã QR bằng điện thoại.", Codes);

        using var document = WordprocessingDocument.Open(new MemoryStream(files.UnitQrSheet(sheet)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var size = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(sheet.Title, paragraphs[0]);
        Assert.Equal(sheet.Note, paragraphs[1]);
        var cards = body.Descendants<TableCell>().Where(c => c.Descendants<Drawing>().Any()).ToList();
        Assert.Equal(Codes.Count, cards.Count);
        foreach (var (card, unit) in cards.Zip(Codes))
        {
            var lines = card.Elements<Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Equal([string.Empty, $"{unit.Code} – {unit.UnitName}"], lines);
            var blip = card.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            var image = (ImagePart)main.GetPartById(blip.Embed!.Value!);
            using var stream = image.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(unit.Payload, QrDecoder.Decode(copy.ToArray()));
            Assert.Equal(unit.Payload, card.Descendants<Dw.DocProperties>().Single().Description?.Value);
        }

        // Each row of cards stays on one page.
        Assert.All(body.Descendants<TableRow>(), row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>()));
    }
}
