using Domain.Conversations;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// How a message is kept in its outbox row: its JSON, and a file's bytes (a document or a photo)
/// beside it as a BSON binary field instead of inside the JSON.
/// </summary>
/// <remarks>
/// In the JSON a file would be base64, a larger string made once more as the JSON text, both on the
/// large object heap, which only a full collection frees; as binary the row holds the bytes the
/// message already has (docs/benchmarks-history.md, "Streamed reports and exports").
/// Rows written before hold the file in the JSON, and are read as they were.
/// </remarks>
public static class StoredMessage
{
    /// <summary>The message's JSON, without a file's bytes.</summary>
    public static string Json(Outbound message) => message switch
    {
        DocumentOut document => Storage.Json.Write<Outbound>(document with { Content = [] }),
        PhotoOut photo => Storage.Json.Write<Outbound>(photo with { Content = [] }),
        _ => Storage.Json.Write(message),
    };

    /// <summary>The file's bytes, stored beside the JSON; null for a message without a file.</summary>
    public static BsonValue File(Outbound message) => message switch
    {
        DocumentOut document => new BsonValue(document.Content),
        PhotoOut photo => new BsonValue(photo.Content),
        _ => BsonValue.Null,
    };

    /// <summary>The message as it was added, from its row's JSON and file.</summary>
    public static Outbound Read(string json, BsonValue file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var message = Storage.Json.Read<Outbound>(json);
        return file.IsBinary
            ? message switch
            {
                DocumentOut document => document with { Content = file.AsBinary },
                PhotoOut photo => photo with { Content = file.AsBinary },
                _ => message,
            }
            : message;
    }
}
