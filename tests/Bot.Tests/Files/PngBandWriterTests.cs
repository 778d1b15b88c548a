using Bot.Files;
using SkiaSharp;

namespace Bot.Tests.Files;

/// <summary>The band-by-band PNG writer read back by SkiaSharp's decoder: every pixel as written.</summary>
public sealed class PngBandWriterTests
{
    [Fact]
    public void A_picture_written_in_bands_decodes_to_the_same_pixels()
    {
        const int width = 7, height = 300;
        var random = new Random(21);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        // Long runs too, as charts have, so both filters are chosen somewhere.
        pixels.AsSpan(width * 4 * 100, width * 4 * 50).Fill(0xFF);
        using var output = new MemoryStream();
        using (var png = new PngBandWriter(output, width, height))
        {
            png.WriteRows(pixels.AsSpan(0, width * 4 * 128));
            png.WriteRows(pixels.AsSpan(width * 4 * 128));
        }

        using var decoded = SKBitmap.Decode(output.ToArray(), new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.NotNull(decoded);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.True(decoded.GetPixelSpan().SequenceEqual(pixels));
    }

    [Fact]
    public void Rows_beyond_the_picture_are_refused()
    {
        using var output = new MemoryStream();
        using var png = new PngBandWriter(output, 2, 1);
        Assert.Throws<ArgumentException>(() => png.WriteRows(new byte[2 * 4 * 2]));
        Assert.Throws<ArgumentException>(() => png.WriteRows(new byte[3]));
    }
}
