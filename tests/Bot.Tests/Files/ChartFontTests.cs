using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Bot.Files;
using SkiaSharp;

namespace Bot.Tests.Files;

/// <summary>
/// The chart's font, read out of the embedded assembly by hand, is byte for byte the font that the
/// runtime's own metadata reader finds there, and Skia takes it as Inter.
/// </summary>
public sealed class ChartFontTests
{
    [Fact]
    public void The_font_read_by_hand_is_the_one_the_metadata_reader_finds()
    {
        Assert.Equal(ReadWithMetadataReader(), ChartFont.Bytes);
    }

    [Fact]
    public void The_font_is_a_truetype_file_skia_knows_as_inter()
    {
        var bytes = ChartFont.Bytes;
        Assert.Equal([0x00, 0x01, 0x00, 0x00], bytes[..4]);
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(bytes));
        Assert.Equal(ChartFont.Family, typeface.FamilyName);
    }

    /// <summary>The independent reader: the bundle located through the assembly's manifest resource table.</summary>
    private static byte[] ReadWithMetadataReader()
    {
        using var embedded = typeof(ChartFont).Assembly.GetManifestResourceStream("Fonts.Inter.dll")!;
        using var pe = new PEReader(embedded);
        var metadata = pe.GetMetadataReader();
        var resource = metadata.ManifestResources.Select(metadata.GetManifestResource)
            .Single(r => metadata.GetString(r.Name) == "!AvaloniaResources");
        var start = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
        var bundle = start.GetReader((int)resource.Offset, start.Length - (int)resource.Offset);
        var data = bundle.ReadBytes(bundle.ReadInt32());
        using var reader = new BinaryReader(new MemoryStream(data));
        var indexLength = reader.ReadInt32();
        _ = reader.ReadInt32();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var (path, offset, size) = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            if (path == "/Assets/Inter-Regular.ttf")
            {
                return data.AsSpan(sizeof(int) + indexLength + offset, size).ToArray();
            }
        }

        throw new InvalidOperationException("No font in the bundle.");
    }
}
