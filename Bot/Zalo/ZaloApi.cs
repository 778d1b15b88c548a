using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>What the Zalo Bot API answered: ok with a result, or an error code and its description.</summary>
public sealed record ZaloAnswer(bool Ok, JsonNode? Result, int ErrorCode, string? Description, HttpStatusCode Status);

/// <summary>
/// The Zalo Bot Platform over plain HTTP: POST https://…/bot&lt;TOKEN&gt;/&lt;method&gt; with a JSON body.
/// Two HTTP clients as for Telegram: long polls need a long timeout, sends a short one. The token is
/// part of every URL, so nothing here logs a URL and <see cref="Redact"/> cleans error texts.
/// </summary>
public sealed class ZaloApi : IDisposable
{
    private readonly HttpClient pollingHttp;
    private readonly HttpClient sendingHttp;
    private readonly string root;

    public ZaloApi(IOptions<ZaloOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Token = settings.Token ?? throw new InvalidOperationException("Zalo:Token is not set.");
        root = $"{settings.BaseUrl.TrimEnd('/')}/bot{Token}/";
        pollingHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(settings.PollTimeoutSeconds + 15) };
        sendingHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
    }

    public string Token { get; }

    public Task<ZaloAnswer> PollAsync(string method, object body, CancellationToken cancellationToken) =>
        CallAsync(pollingHttp, method, body, cancellationToken);

    public Task<ZaloAnswer> CallAsync(string method, object body, CancellationToken cancellationToken) =>
        CallAsync(sendingHttp, method, body, cancellationToken);

    public string Redact(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Replace(Token, "<token>", StringComparison.Ordinal);

    public void Dispose()
    {
        pollingHttp.Dispose();
        sendingHttp.Dispose();
    }

    /// <summary>Throws HttpRequestException or TaskCanceledException when no answer came; any answer is returned.</summary>
    private async Task<ZaloAnswer> CallAsync(HttpClient http, string method, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(root + method, body, cancellationToken);
        JsonNode? json = null;
        try
        {
            json = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: the status code says enough.
        }

        if (json is JsonObject answer && answer["ok"]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            var ok = answer["ok"]!.GetValue<bool>();
            var code = answer["error_code"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : (ok ? 0 : (int)response.StatusCode);
            return new ZaloAnswer(ok, answer["result"], code, answer["description"]?.ToString(), response.StatusCode);
        }

        return new ZaloAnswer(false, null, (int)response.StatusCode, $"HTTP {(int)response.StatusCode}", response.StatusCode);
    }
}
