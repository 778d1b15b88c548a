using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeTelegram;

internal sealed record UploadedFile(string FileName, string ContentType, byte[] Content);

/// <summary>The parameters of one Bot API call, from a JSON body, a form (urlencoded or multipart) and the query string.</summary>
internal sealed class RequestArgs
{
    // Form fields whose value is a JSON-serialized object or array in the Bot API.
    private static readonly string[] JsonFields =
    [
        "reply_markup", "commands", "allowed_updates", "entities", "caption_entities",
        "reply_parameters", "link_preview_options", "scope", "media",
    ];

    private RequestArgs(JsonObject json, Dictionary<string, UploadedFile> files)
    {
        Json = json;
        Files = files;
    }

    public JsonObject Json { get; }

    public Dictionary<string, UploadedFile> Files { get; }

    public static async Task<RequestArgs> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var json = new JsonObject();
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form)
            {
                json[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                files[file.Name] = new UploadedFile(file.FileName, file.ContentType ?? "application/octet-stream", buffer.ToArray());
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(ct);
            if (!string.IsNullOrWhiteSpace(body))
            {
                json = JsonNode.Parse(body) as JsonObject
                    ?? throw new JsonException("The request body is not a JSON object.");
            }
        }

        foreach (var (key, value) in request.Query)
        {
            if (!json.ContainsKey(key))
            {
                json[key] = value.ToString();
            }
        }

        foreach (var name in JsonFields)
        {
            if (json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                var text = value.GetValue<string>().Trim();
                if (text.StartsWith('{') || text.StartsWith('['))
                {
                    json[name] = JsonNode.Parse(text);
                }
            }
        }

        return new RequestArgs(json, files);
    }

    public JsonNode? Node(string name) => Json[name];

    public string? Str(string name) => Json[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public long? Long(string name) =>
        long.TryParse(Str(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public int? Int(string name) =>
        int.TryParse(Str(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public double? Double(string name) =>
        double.TryParse(Str(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public bool Bool(string name)
    {
        var s = Str(name);
        return string.Equals(s, "true", StringComparison.OrdinalIgnoreCase) || s == "1";
    }

    /// <summary>An uploaded file sent as the part <paramref name="name"/> or referenced by "attach://part".</summary>
    public UploadedFile? File(string name)
    {
        if (Files.TryGetValue(name, out var file))
        {
            return file;
        }

        const string Attach = "attach://";
        var s = Str(name);
        return s is not null && s.StartsWith(Attach, StringComparison.Ordinal) && Files.TryGetValue(s[Attach.Length..], out file)
            ? file
            : null;
    }
}

internal readonly record struct ApiResult(int Status, JsonNode? Result, string? Description, int? RetryAfter)
{
    public static ApiResult Ok(JsonNode? result) => new(200, result, null, null);

    public static ApiResult Ok(bool result) => new(200, JsonValue.Create(result), null, null);

    public static ApiResult Error(int status, string description, int? retryAfter = null) =>
        new(status, null, description, retryAfter);

    public static ApiResult BadRequest(string what) => Error(400, "Bad Request: " + what);

    public JsonObject ToJson()
    {
        if (Status == 200)
        {
            return new JsonObject { ["ok"] = true, ["result"] = Result };
        }

        var json = new JsonObject { ["ok"] = false, ["error_code"] = Status, ["description"] = Description };
        if (RetryAfter is { } retryAfter)
        {
            json["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        }

        return json;
    }
}
