using System.IO.Compression;
using Domain.Team;

namespace Bot.Files;

/// <summary>Every unit's QR picture, its name and code under it, in one zip, each named by its unit code (P05.png), for the printer.</summary>
public static class UnitQrZip
{
    public static byte[] Write(IReadOnlyList<UnitQr> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var unit in units)
            {
                // PNG is compressed already: storing it again costs time for nothing.
                var entry = zip.CreateEntry(EntryName(unit), CompressionLevel.NoCompression);
                using var entryStream = entry.Open();
                entryStream.Write(UnitQrImage.Render(unit));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The code, kept to the characters every file system takes (codes are link-safe already).</summary>
    public static string EntryName(UnitQr unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var safe = new string(unit.Code.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return $"{safe}.png";
    }
}
