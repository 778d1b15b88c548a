using QRCoder;
using SkiaSharp;

namespace Bot.Files;

/// <summary>
/// A QR code as a PNG with lines of text under it (the door code; a unit's name and code), for
/// printing or a screen. The modules come from QRCoder; SkiaSharp (already here for the chart)
/// draws them and the text with the embedded font, so the server needs no fonts of its own.
/// </summary>
public static class QrImage
{
    public const int ModulePixels = 12;
    public const int CaptionHeight = 96;

    private const float FontSize = 56;

    private static readonly Lazy<SKTypeface> Typeface = new(() => SKTypeface.FromData(SKData.CreateCopy(ChartFont.Bytes)));

    public static byte[] Render(string content, string caption)
    {
        ArgumentNullException.ThrowIfNull(caption);
        return Render(content, [caption], wrap: false);
    }

    /// <summary>The code, then each caption line centred under it; a line too wide is broken at a space (when <paramref name="wrap"/>), then shrunk.</summary>
    public static byte[] Render(string content, IReadOnlyList<string> captions, bool wrap = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(captions);
        using var generator = new QRCodeGenerator();
        // Level M survives a smudge or a reflection on a screen while keeping the modules large.
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count * ModulePixels;
        var room = size * 0.92f;
        using var measure = new SKFont(Typeface.Value, FontSize);
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var lines = wrap ? captions.SelectMany(c => Fit(c, room, measure, text)).ToList() : captions.ToList();
        using var bitmap = new SKBitmap(size, size + (lines.Count * CaptionHeight));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var black = new SKPaint { Color = SKColors.Black, IsAntialias = false };
            for (var y = 0; y < matrix.Count; y++)
            {
                for (var x = 0; x < matrix.Count; x++)
                {
                    if (matrix[y][x])
                    {
                        canvas.DrawRect(x * ModulePixels, y * ModulePixels, ModulePixels, ModulePixels, black);
                    }
                }
            }

            for (var i = 0; i < lines.Count; i++)
            {
                using var font = new SKFont(Typeface.Value, FontSize);
                var width = font.MeasureText(lines[i], text);
                // A small code (a short link) is narrower than the caption at full size: the caption shrinks to fit.
                if (width > room)
                {
                    font.Size *= room / width;
                    width = font.MeasureText(lines[i], text);
                }

                canvas.DrawText(lines[i], Math.Max(0, (size - width) / 2), size + (i * CaptionHeight) + (CaptionHeight / 2f) + 20, SKTextAlign.Left, font, text);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>One line when it fits; else two, broken at the space that makes the wider half narrowest.</summary>
    private static IEnumerable<string> Fit(string caption, float room, SKFont font, SKPaint paint)
    {
        if (font.MeasureText(caption, paint) <= room || !caption.Contains(' ', StringComparison.Ordinal))
        {
            return [caption];
        }

        var best = Enumerable.Range(1, caption.Length - 2)
            .Where(i => caption[i] == ' ')
            .MinBy(i => Math.Max(font.MeasureText(caption[..i], paint), font.MeasureText(caption[(i + 1)..], paint)));
        return best == 0 ? [caption] : [caption[..best].TrimEnd(), caption[(best + 1)..].TrimStart()];
    }
}
