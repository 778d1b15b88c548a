using QRCoder;

namespace Bot.Files;

/// <summary>
/// A unit's registration QR code as a black-on-white PNG, written by QRCoder without System.Drawing.
/// Error correction level M (15 %): a printed code still scans with a crease or a stain, and the
/// link stays a small code (version 3 or 4) that a phone reads from across a table.
/// </summary>
public static class UnitQrImage
{
    /// <summary>Pixels per module: a 33-module code is about 400 px, sharp when printed 4-5 cm wide.</summary>
    public const int PixelsPerModule = 12;

    public static byte[] Render(string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
