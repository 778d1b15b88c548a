using System.Text.Json;
using Bot.Hosting;
using Bot.Operations;
using Bot.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>POST /telegram/webhook: updates Telegram posts, checked by the secret it echoes.</summary>
public sealed class TelegramWebhook(IOptions<TelegramOptions> options, UpdatePipeline pipeline, TelegramAttachments attachments, ChannelActivity activity, TimeProvider time) : IWebhook
{
    public const string WebhookPath = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public string Path => WebhookPath;

    public async Task<IResult> ReceiveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WebhookSecret.Matches(options.Value.WebhookSecret, context.Request.Headers[SecretHeader].ToString()))
        {
            return Results.Unauthorized();
        }

        if (await WebhookBody.ReadAsync(context) is not { } body)
        {
            return WebhookBody.TooLarge();
        }

        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            // Not an update (a 500 would make Telegram send it again and again).
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        if (UpdateMapper.Map(update, time.GetUtcNow()) is { } envelope)
        {
            // A sent CSV is fetched before the update is stored and acknowledged.
            pipeline.Accept(await attachments.FetchAsync(update, envelope, context.RequestAborted));
        }

        activity.Touch(UpdateMapper.Channel);
        return Results.Ok();
    }
}
