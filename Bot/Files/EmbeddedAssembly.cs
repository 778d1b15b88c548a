namespace Bot.Files;

/// <summary>
/// Where the managed resources of a .NET assembly (a PE file) lie, read from its headers: the optional
/// header's CLI directory, the section that holds it, and the CLI header's resources directory, in which
/// each resource is a 4-byte length followed by its bytes (ECMA-335 II.24.2.4 and II.25).
/// </summary>
internal static class EmbeddedAssembly
{
    private const int CliDirectory = 14;

    /// <summary>Each resource's start (in the stream) and length, in the order stored.</summary>
    public static IEnumerable<(long Start, int Length)> Resources(BinaryReader reader)
    {
        var pe = At(reader, 0x3C).ReadInt32();
        if (At(reader, pe).ReadUInt32() != 0x00004550)
        {
            throw new InvalidDataException("The embedded assembly is not a PE file.");
        }

        var sections = At(reader, pe + 6).ReadUInt16();
        var optionalSize = At(reader, pe + 20).ReadUInt16();
        var optional = pe + 24;
        var directories = At(reader, optional).ReadUInt16() == 0x20B ? optional + 112 : optional + 96;
        var cli = Offset(reader, At(reader, directories + (CliDirectory * 8)).ReadUInt32(), optional + optionalSize, sections);
        var resources = Offset(reader, At(reader, cli + 24).ReadUInt32(), optional + optionalSize, sections);
        var size = At(reader, cli + 28).ReadUInt32();
        for (long position = resources; position + sizeof(int) <= resources + size;)
        {
            var length = At(reader, position).ReadInt32();
            yield return (position + sizeof(int), length);
            position += sizeof(int) + length;
        }
    }

    /// <summary>The file offset of a relative virtual address, through the section table.</summary>
    private static long Offset(BinaryReader reader, uint rva, long table, int sections)
    {
        for (var i = 0; i < sections; i++)
        {
            var header = table + (i * 40);
            var virtualSize = At(reader, header + 8).ReadUInt32();
            var address = reader.ReadUInt32();
            var rawSize = reader.ReadUInt32();
            var raw = reader.ReadUInt32();
            if (rva >= address && rva < address + Math.Max(virtualSize, rawSize))
            {
                return rva - address + raw;
            }
        }

        throw new InvalidDataException("An address of the embedded assembly lies in no section.");
    }

    private static BinaryReader At(BinaryReader reader, long position)
    {
        reader.BaseStream.Position = position;
        return reader;
    }
}
