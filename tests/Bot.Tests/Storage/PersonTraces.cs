using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Bot.Storage;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>
/// The erasure tests' search of the data file for a person: every document of every collection,
/// and every byte of the data file and its log (the space LiteDB freed included), for their name,
/// phone and user id (as text, and as the 64-bit number a stored id may be).
/// </summary>
internal static class PersonTraces
{
    /// <summary>What identifies the person in the file: <paramref name="texts"/> and their user id.</summary>
    public static string[] Needles(long userId, params string[] texts) => [.. texts, userId.ToString(CultureInfo.InvariantCulture)];

    public static void AssertNoneInCollections(Database database, long userId, string[] needles)
    {
        foreach (var name in database.Lite.GetCollectionNames())
        {
            foreach (var document in database.Lite.GetCollection(name).FindAll())
            {
                Assert.False(Holds(document, userId, needles), $"{name}: {document}");
            }
        }
    }

    /// <summary>The raw bytes, read while the bot runs: LiteDB frees a deleted document's space without rewriting the file, so those bytes must have been overwritten.</summary>
    public static void AssertNoneInBytes(Database database, long userId, string[] needles)
    {
        var idBytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(idBytes, userId);
        foreach (var file in new[] { database.Path, database.LogPath }.Where(File.Exists))
        {
            var bytes = ReadShared(file);
            foreach (var needle in needles.Select(Encoding.UTF8.GetBytes).Append(idBytes))
            {
                Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"{Path.GetFileName(file)} still holds {Encoding.UTF8.GetString(needle)}");
            }
        }
    }

    /// <summary>Waits until the bot's erasure finisher has finished one erasure and has none waiting.</summary>
    public static async Task OneErasureFinishedAsync(ErasureFinisher finisher)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!(finisher.Finished == 1 && finisher.Waiting == 0))
        {
            Assert.True(DateTime.UtcNow < until, "the erasure did not finish within 30 s");
            await Task.Delay(50);
        }
    }

    /// <summary>A file the bot holds open, read without disturbing it.</summary>
    public static byte[] ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Holds(BsonValue value, long userId, string[] needles) => value switch
    {
        { IsString: true } => needles.Any(n => value.AsString.Contains(n, StringComparison.Ordinal)),
        { IsInt64: true } => value.AsInt64 == userId,
        { IsDocument: true } => value.AsDocument.Values.Any(v => Holds(v, userId, needles)),
        { IsArray: true } => value.AsArray.Any(v => Holds(v, userId, needles)),
        _ => false,
    };
}
