using QRCoder;
using SkiaSharp;

namespace Bot.Files;

/// <summary>
/// A QR code as a PNG with a line of text under it (the door code), for printing or a screen. The
/// modules come from QRCoder; SkiaSharp (already here for the chart) draws them and the text with
/// the embedded font, so the server needs no fonts of its own.
/// </summary>
public static class QrImage
{
    public const int ModulePixels = 12;
    public const int CaptionHeight = 96;

    private static readonly Lazy<SKTypeface> Typeface = new(() => SKTypeface.FromData(SKData.CreateCopy(ChartFont.Bytes)));

    public static byte[] Render(string content, string caption)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(caption);
        using var generator = new QRCodeGenerator();
        // Level M survives a smudge or a reflection on a screen while keeping the modules large.
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count * ModulePixels;
        using var bitmap = new SKBitmap(size, size + CaptionHeight);
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

            using var font = new SKFont(Typeface.Value, 56);
            using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var width = font.MeasureText(caption, text);
            // A small code (a short link) is narrower than the caption at full size: the caption shrinks to fit.
            if (width > size * 0.92f)
            {
                font.Size *= size * 0.92f / width;
                width = font.MeasureText(caption, text);
            }

            canvas.DrawText(caption, Math.Max(0, (size - width) / 2), size + (CaptionHeight / 2f) + 20, SKTextAlign.Left, font, text);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
