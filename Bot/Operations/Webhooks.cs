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
    /// <summary>Shorter secrets are refused at start: a webhook is open to the whole internet.</summary>
    public const int MinLength = 32;

    /// <summary>Constant-time comparison; an unset secret matches nothing.</summary>
    public static bool Matches(string? expected, string presented)
    {
        var wanted = Encoding.UTF8.GetBytes(expected ?? string.Empty);
        return wanted.Length > 0 && CryptographicOperations.FixedTimeEquals(wanted, Encoding.UTF8.GetBytes(presented ?? string.Empty));
    }
}

/// <summary>
/// Reads a webhook's body with a bound: an update is a few kilobytes, so anything over
/// <see cref="MaxBytes"/> is refused (413) before it is read whole or parsed.
/// </summary>
public static class WebhookBody
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The body, or null when it is too large (the caller answers 413).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static IResult TooLarge() => Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
}
