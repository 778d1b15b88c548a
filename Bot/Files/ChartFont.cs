using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Bot.Files;

/// <summary>
/// The font the chart is drawn with: Inter Regular, which has every Vietnamese letter. NuGet
/// ships it inside Avalonia.Fonts.Inter's assembly as an Avalonia resource bundle; that assembly is
/// embedded in this one (Bot.csproj) and read here as data, without loading it: the bundle is a
/// length-prefixed index (path, offset, size) followed by the files.
/// </summary>
public static class ChartFont
{
    public const string Family = "Inter";

    private const string Bundle = "!AvaloniaResources";
    private const string FontPath = "/Assets/Inter-Regular.ttf";

    private static readonly Lazy<byte[]> Regular = new(Read);

    /// <summary>The TrueType file's bytes.</summary>
    public static byte[] Bytes => Regular.Value;

    private static byte[] Read()
    {
        using var embedded = typeof(ChartFont).Assembly.GetManifestResourceStream("Fonts.Inter.dll")
            ?? throw new InvalidOperationException("The chart font is not embedded in the program.");
        using var pe = new PEReader(embedded);
        var metadata = pe.GetMetadataReader();
        var resource = metadata.ManifestResources.Select(metadata.GetManifestResource)
            .Single(r => metadata.GetString(r.Name) == Bundle);
        var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
        var start = pe.GetSectionData(directory.RelativeVirtualAddress);
        var bundle = start.GetReader((int)resource.Offset, start.Length - (int)resource.Offset);
        var length = bundle.ReadInt32();
        var data = bundle.ReadBytes(length);
        using var reader = new BinaryReader(new MemoryStream(data));
        var indexLength = reader.ReadInt32();
        _ = reader.ReadInt32(); // the bundle format's version
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var (path, offset, size) = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            if (path == FontPath)
            {
                return data.AsSpan(sizeof(int) + indexLength + offset, size).ToArray();
            }
        }

        throw new InvalidOperationException($"{FontPath} is not in the embedded font bundle.");
    }
}
