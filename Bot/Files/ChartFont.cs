namespace Bot.Files;

/// <summary>
/// The font the chart is drawn with: Inter Regular, which has every Vietnamese letter. NuGet
/// ships it inside Avalonia.Fonts.Inter's assembly as an Avalonia resource bundle; that assembly is
/// embedded in this one (Bot.csproj) and read here as data, without loading it: the bundle is a
/// length-prefixed index (path, offset, size) followed by the files.
/// </summary>
/// <remarks>
/// The assembly's few headers are read by hand (<see cref="EmbeddedAssembly"/>), and only the font's
/// bytes are copied: the metadata reader would load two more assemblies, and copying the whole bundle
/// made a large garbage array in every process that draws a chart (docs/benchmarks.md, "Scale and memory").
/// </remarks>
public static class ChartFont
{
    public const string Family = "Inter";

    private const string FontPath = "/Assets/Inter-Regular.ttf";

    private static readonly Lazy<byte[]> Regular = new(Read);

    /// <summary>The TrueType file's bytes.</summary>
    public static byte[] Bytes => Regular.Value;

    private static byte[] Read()
    {
        using var embedded = typeof(ChartFont).Assembly.GetManifestResourceStream("Fonts.Inter.dll")
            ?? throw new InvalidOperationException("The chart font is not embedded in the program.");
        using var reader = new BinaryReader(embedded);
        // Each managed resource of the assembly, until the one that is a bundle holding the font.
        foreach (var (start, length) in EmbeddedAssembly.Resources(reader))
        {
            if (FindInBundle(reader, start, length) is { } font)
            {
                return font;
            }
        }

        throw new InvalidOperationException($"{FontPath} is not in the embedded font bundle.");
    }

    /// <summary>The font's bytes if the resource at <paramref name="start"/> is a bundle that holds it.</summary>
    private static byte[]? FindInBundle(BinaryReader reader, long start, int length)
    {
        reader.BaseStream.Position = start;
        var indexLength = reader.ReadInt32();
        if (indexLength < 12 || indexLength > length - sizeof(int))
        {
            return null;
        }

        _ = reader.ReadInt32(); // the bundle format's version
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var (path, offset, size) = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            if (path == FontPath)
            {
                reader.BaseStream.Position = start + sizeof(int) + indexLength + offset;
                return reader.ReadBytes(size);
            }
        }

        return null;
    }
}
