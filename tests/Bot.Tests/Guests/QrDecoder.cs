using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Bot.Tests.Guests;

/// <summary>Reads a QR code back from PNG bytes, independently of the writer: SkiaSharp decodes the pixels, ZXing the code.</summary>
public static class QrDecoder
{
    public static (string Text, int Width, int Height) Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a picture.");
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                luminance[(y * bitmap.Width) + x] = (byte)(((pixel.Red * 299) + (pixel.Green * 587) + (pixel.Blue * 114)) / 1000);
            }
        }

        var source = new RGBLuminanceSource(luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true })
            ?? throw new InvalidOperationException("No QR code found.");
        return (result.Text, bitmap.Width, bitmap.Height);
    }
}
