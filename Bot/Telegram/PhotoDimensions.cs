using System.Buffers.Binary;

namespace Bot.Telegram;

/// <summary>
/// Telegram refuses a photo whose width and height add up to more than 10,000 pixels or whose sides
/// differ more than twentyfold (PHOTO_INVALID_DIMENSIONS); a tall chart of many units is such a
/// picture, so it goes as a document instead, which keeps every pixel.
/// </summary>
public static class PhotoDimensions
{
    public const int MaxWidthPlusHeight = 10_000;
    public const int MaxRatio = 20;
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>False when Telegram would refuse the picture as a photo; a picture whose size cannot be read is tried as a photo.</summary>
    public static bool FitAsPhoto(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            return false;
        }

        if (!TryReadPng(content, out var width, out var height))
        {
            return true;
        }

        return width + height <= MaxWidthPlusHeight && Math.Max(width, height) <= (long)MaxRatio * Math.Min(width, height);
    }

    private static bool TryReadPng(ReadOnlySpan<byte> content, out long width, out long height)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (content.Length < 24 || !content[..8].SequenceEqual(signature) || !content.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            (width, height) = (0, 0);
            return false;
        }

        width = BinaryPrimitives.ReadUInt32BigEndian(content[16..]);
        height = BinaryPrimitives.ReadUInt32BigEndian(content[20..]);
        return width > 0 && height > 0;
    }
}
