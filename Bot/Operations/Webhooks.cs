using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Bot.Operations;

/// <summary>One channel's webhook: where the platform posts events, served by <see cref="HttpEndpoint"/>.</summary>
public interface IWebhook
{
    string Path { get; }

    /// <summary>Stores the event before answering 200, so the platform retries anything not stored.</summary>
    Task<IResult> ReceiveAsync(HttpContext context);
}

public static class WebhookSecret
{
    /// <summary>Constant-time comparison; an unset secret matches nothing.</summary>
    public static bool Matches(string? expected, string presented)
    {
        var wanted = Encoding.UTF8.GetBytes(expected ?? string.Empty);
        return wanted.Length > 0 && CryptographicOperations.FixedTimeEquals(wanted, Encoding.UTF8.GetBytes(presented ?? string.Empty));
    }
}
