using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Bot.Tests.Team;

/// <summary>Reads a QR picture the way a phone would, with ZXing.Net: the PNG decoded by SkiaSharp into RGBA pixels.</summary>
internal static class QrDecoder
{
    public static string? Decode(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidDataException("Not a picture SkiaSharp can read.");
        using var bitmap = decoded.Copy(SKColorType.Rgba8888);
        var source = new RGBLuminanceSource(bitmap.Bytes, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        return reader.Decode(source)?.Text;
    }

    public static (int Width, int Height) Size(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return (bitmap.Width, bitmap.Height);
    }
}
