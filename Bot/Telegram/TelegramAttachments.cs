using Bot.Pipeline;
using Domain;
using Domain.Conversations;
using Domain.Guests;
using Domain.Users;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// Fetches a sent CSV file (getFile, then the file download) before its update is stored, so the
/// turn gets the content with the event and a restart finds it in the inbox. Only a .csv or .txt
/// with a text type is fetched, and only up to <see cref="Attachment.MaxBytes"/>; anything else
/// keeps its file id alone. Only a file the guest desk waits for (<see cref="GuestFileGate"/>) is
/// fetched: anyone else's travels without content. A file sent with the press that opens the
/// import (one poll answer) is fetched at its own turn, after that press's (<see cref="ILateFileFetch"/>).
/// The download URL holds the token: it is never logged.
/// </summary>
public sealed class TelegramAttachments(TelegramClients clients, IReadModel store, BotSettings settings, ILogger<TelegramAttachments> logger) : ILateFileFetch
{
    /// <summary>The event with the file's content (or why there is none) when the update carries a CSV document.</summary>
    public async Task<InboundEnvelope> FetchAsync(Update update, InboundEnvelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Event is not MediaIn { Kind: MediaKind.Document } media
            || update.Message?.Document is not { } document
            || !Attachment.IsTextTable(document.FileName, document.MimeType)
            || !GuestFileGate.Awaits(store, settings, envelope.From))
        {
            return envelope;
        }

        return envelope with { Event = media with { Content = await ContentAsync(document.FileId, document.FileSize, ct) } };
    }

    /// <summary>
    /// At the file's turn: a CSV that came without content because the guest desk did not wait for
    /// it yet is fetched when it now does (the press before it has run). Nothing of it is stored.
    /// </summary>
    public async Task<InboundEnvelope> CompleteAsync(InboundEnvelope envelope, UserKey person, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Event is not MediaIn { Kind: MediaKind.Document, Content: null } media
            || envelope.From.Channel != UpdateMapper.Channel
            || !Attachment.IsTextTable(media.FileName, media.MimeType)
            || !GuestFileGate.Awaits(store, settings, person))
        {
            return envelope;
        }

        return envelope with { Event = media with { Content = await ContentAsync(media.FileId, null, ct) } };
    }

    private async Task<Attachment> ContentAsync(string fileId, long? statedSize, CancellationToken ct)
    {
        if (statedSize > Attachment.MaxBytes)
        {
            return Attachment.TooLarge;
        }

        try
        {
            var file = await clients.Sending.GetFile(fileId, ct);
            if (file.FileSize > Attachment.MaxBytes || file.FilePath is null)
            {
                return file.FilePath is null ? Attachment.Unavailable : Attachment.TooLarge;
            }

            using var buffer = new BoundedBuffer(Attachment.MaxBytes);
            await clients.Sending.DownloadFile(file.FilePath, buffer, ct);
            return Attachment.Of(buffer.ToArray());
        }
        catch (BoundedBuffer.FullException)
        {
            return Attachment.TooLarge;
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // The exception's text may hold the download URL, and with it the token.
            logger.LogWarning("Fetching a sent file failed ({Error})", clients.Redact(ex.Message));
            return Attachment.Unavailable;
        }
    }
}
