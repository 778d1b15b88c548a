using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Hosting;
using Bot.Operations;
using Bot.Pipeline;
using Bot.Telegram;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>
/// POST /zalo/webhook: events Zalo posts, checked by the secret it echoes in X-Bot-Api-Secret-Token.
/// A body that is not JSON gets 400, one over 1 MB 413; anything else with the secret gets 200, the
/// events the bot does not read (setWebhook's test request, a group's message) included.
/// </summary>
public sealed class ZaloWebhook(IOptions<ZaloOptions> options, ZaloUpdateMapper mapper, UpdatePipeline pipeline, ChannelActivity activity, TimeProvider time) : IWebhook
{
    public const string WebhookPath = "/zalo/webhook";
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    public string Path => WebhookPath;

    public async Task<IResult> ReceiveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WebhookSecret.Matches(options.Value.WebhookSecret, context.Request.Headers[SecretHeader].ToString()))
        {
            return Results.Unauthorized();
        }

        if (await WebhookBody.ReadAsync(context) is not { } bytes)
        {
            return WebhookBody.TooLarge();
        }

        // setWebhook's test request may carry no event at all: answered 200 (and nothing is
        // stored), so that Zalo accepts the address.
        JsonNode? body = null;
        if (bytes.AsSpan().Trim(" \t\r\n"u8).Length > 0)
        {
            try
            {
                body = JsonNode.Parse(bytes);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }
        }

        if (mapper.Map(body, time.GetUtcNow()) is { } envelope)
        {
            pipeline.Accept(envelope);
        }

        activity.Touch(ZaloSender.ChannelName);
        return Results.Ok(new { message = "Success" });
    }
}
