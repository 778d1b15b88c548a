using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeZalo;

/// <summary>
/// The parameters of one Bot API call, from a JSON body, an urlencoded or multipart form and the query string
/// (Zalo accepts all of them, with GET or POST).
/// </summary>
internal sealed class RequestArgs
{
    private RequestArgs(JsonObject json) => Json = json;

    public JsonObject Json { get; }

    public static async Task<RequestArgs> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var json = new JsonObject();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form)
            {
                json[key] = value.ToString();
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

        return new RequestArgs(json);
    }

    /// <summary>The parameter as a string; numbers and other JSON values as their JSON text.</summary>
    public string? Str(string name) => Json[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public int? Int(string name) =>
        int.TryParse(Str(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>An answer: ok with an optional result, or an error (ok:false, error_code, description).</summary>
internal readonly record struct ApiResult(int ErrorCode, JsonNode? Result, bool HasResult, string? Description)
{
    public bool IsOk => ErrorCode == 0;

    public static ApiResult Ok(JsonNode? result) => new(0, result, true, null);

    /// <summary><c>{"ok": true}</c> without a result field (Zalo's documented answer of sendChatAction).</summary>
    public static ApiResult OkWithoutResult() => new(0, null, false, null);

    public static ApiResult Error(int errorCode, string description) => new(errorCode, null, false, description);

    public static ApiResult BadRequest(string what) => Error(400, "Bad Request: " + what);

    public JsonObject ToJson()
    {
        if (IsOk)
        {
            var ok = new JsonObject { ["ok"] = true };
            if (HasResult)
            {
                ok["result"] = Result;
            }

            return ok;
        }

        return new JsonObject { ["ok"] = false, ["error_code"] = ErrorCode, ["description"] = Description };
    }
}
