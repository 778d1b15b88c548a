using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Hosting;
using Bot.Operations;
using Bot.Pipeline;
using Bot.Telegram;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>POST /zalo/webhook: events Zalo posts, checked by the secret it echoes in X-Bot-Api-Secret-Token.</summary>
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

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (mapper.Map(body, time.GetUtcNow()) is { } envelope)
        {
            pipeline.Accept(envelope);
        }

        activity.Touch(ZaloSender.ChannelName);
        return Results.Ok(new { message = "Success" });
    }
}
