using System.IO.Compression;
using Bot.Files;
using Domain.Conversations;
using Domain.Members;
using Domain.Team;
using SkiaSharp;

namespace Bot.Tests.Team;

/// <summary>
/// A unit's picture travels alone (the ZIP, /maqr P05), so it carries the unit's name and code under
/// the code, drawn with the embedded font that has every Vietnamese letter; the code still scans.
/// </summary>
public sealed class UnitQrCaptionTests
{
    private static readonly UnitCatalog Units = Bot.Storage.UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));

    private static readonly IReadOnlyList<UnitQr> Codes = RegistrationCodes.For(Units, new ChannelLinks("mttq_q5_bot"));

    private readonly TeamFiles files = new();

    private static UnitQr P05 => Codes.Single(u => u.Code == "P05");

    /// <summary>The width of the bare code: the same payload without a caption.</summary>
    private static int BareSize(UnitQr unit) => QrDecoder.Size(UnitQrImage.RenderBare(unit.Payload)).Width;

    /// <summary>Dark pixels below the code's square, where the caption is drawn.</summary>
    private static int DarkUnderTheCode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var y = bitmap.Width; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                dark += bitmap.GetPixel(x, y).Red < 128 ? 1 : 0;
            }
        }

        return dark;
    }

    [Fact]
    public void The_png_decodes_to_the_deep_link_and_is_taller_than_the_code_alone()
    {
        var png = files.UnitQrPng(P05);

        Assert.Equal("https://t.me/mttq_q5_bot?start=P05", QrDecoder.Decode(png));
        var (width, height) = QrDecoder.Size(png);
        Assert.Equal(BareSize(P05), width);
        Assert.True(height >= width + (2 * QrImage.CaptionHeight), $"{width}x{height}: no room for two lines");
        Assert.True(DarkUnderTheCode(png) > 500, "nothing is written under the code");
    }

    [Fact]
    public void Every_zip_picture_has_its_caption_and_still_scans()
    {
        using var zip = new ZipArchive(new MemoryStream(files.UnitQrZip(Codes)), ZipArchiveMode.Read);

        foreach (var (entry, unit) in zip.Entries.Zip(Codes))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var png = copy.ToArray();
            Assert.Equal(unit.Payload, QrDecoder.Decode(png));
            var (width, height) = QrDecoder.Size(png);
            Assert.True(height > width, $"{unit.Code}: {width}x{height}");
            Assert.True(DarkUnderTheCode(png) > 300, $"{unit.Code}: nothing written under the code");
        }
    }

    [Fact]
    public void Different_units_get_different_captions_under_the_same_sized_code()
    {
        var p05 = Codes.Single(u => u.Code == "P05");
        var p06 = Codes.Single(u => u.Code == "P06");

        Assert.NotEqual(0, DarkUnderTheCode(files.UnitQrPng(p05)));
        Assert.NotEqual(files.UnitQrPng(p05 with { Payload = p06.Payload }), files.UnitQrPng(p06));
    }

    [Fact]
    public void The_embedded_font_has_every_letter_of_every_units_name()
    {
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(ChartFont.Bytes));
        using var font = new SKFont(typeface);

        Assert.Equal(ChartFont.Family, typeface.FamilyName);
        Assert.All(Codes, unit => Assert.True(font.ContainsGlyphs(unit.UnitName + unit.Code), unit.UnitName));
        Assert.True(font.ContainsGlyphs("ẮẰẲẴẶắằẳẵặƯưỨứỪừỬửỮữỰựĐđỐốỒồỔổỖỗỘộ"));
    }

    [Fact]
    public void A_long_name_is_broken_onto_two_lines_rather_than_shrunk_to_nothing()
    {
        var longest = Codes.MaxBy(u => u.UnitName.Length)!;

        var png = files.UnitQrPng(longest);

        Assert.Equal(longest.Payload, QrDecoder.Decode(png));
        var (width, height) = QrDecoder.Size(png);
        Assert.Equal(width + (3 * QrImage.CaptionHeight), height);
    }
}
