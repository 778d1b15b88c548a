using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Storage;

/// <summary>
/// How domain records are written into the database: as JSON text inside a small LiteDB document.
/// Domain records stay immutable and free of storage attributes, and LiteDB's mapper (with its
/// first-use races) is never asked to reflect over them.
/// </summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static object Read(string json, Type type) =>
        JsonSerializer.Deserialize(json, type, Options) ?? throw new JsonException($"Stored {type.Name} was null.");

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} was null.");
}
