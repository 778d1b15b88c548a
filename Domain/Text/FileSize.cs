using System.Globalization;

namespace Domain.Text;

/// <summary>
/// A file's size as people read it: "512 byte", "4,6 KB", "1 MB" in Vietnamese (decimal comma,
/// thousands dot), "4.6 KB" in English; one decimal, none when it is zero.
/// </summary>
public static class FileSize
{
    private const long Kilo = 1024;

    public static string Format(long bytes, Lang lang)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        var numbers = lang == Lang.En ? English : Vietnamese;
        return bytes switch
        {
            < Kilo => Texts.SizeBytes.For(lang, bytes.ToString("#,0", numbers)).ToPlain(),
            < Kilo * Kilo => Texts.SizeKilobytes.For(lang, OneDecimal(bytes / (double)Kilo, numbers)).ToPlain(),
            _ => Texts.SizeMegabytes.For(lang, OneDecimal(bytes / (double)(Kilo * Kilo), numbers)).ToPlain(),
        };
    }

    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly NumberFormatInfo English = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = "," };

    private static string OneDecimal(double value, NumberFormatInfo numbers) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,0.#", numbers);
}
