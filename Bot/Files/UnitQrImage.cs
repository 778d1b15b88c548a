using Domain.Team;
using QRCoder;

namespace Bot.Files;

/// <summary>
/// A unit's registration QR code as a black-on-white PNG. Error correction level M (15 %): a
/// printed code still scans with a crease or a stain, and the link stays a small code (version 3
/// or 4) that a phone reads from across a table.
/// </summary>
public static class UnitQrImage
{
    /// <summary>Pixels per module: a 33-module code is about 400 px, sharp when printed 4-5 cm wide.</summary>
    public const int PixelsPerModule = 12;

    /// <summary>
    /// The picture that travels alone (the ZIP, /maqr P05): the unit's name and code under the
    /// code, as the door's QR carries its code, so a printed or forwarded picture says whose it is.
    /// </summary>
    public static byte[] Render(UnitQr unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrEmpty(unit.Payload);
        return QrImage.Render(unit.Payload, [unit.UnitName, unit.Code]);
    }

    /// <summary>The code alone, for the printable sheet, which prints the code and name as text under it.</summary>
    public static byte[] RenderBare(string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
