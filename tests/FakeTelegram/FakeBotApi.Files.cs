using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    private ApiResult SendFile(RequestArgs a, string method, string field)
    {
        var upload = a.File(field);
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            string fileName;
            byte[]? content;
            string? mimeType;
            string? knownId = null;
            if (upload is not null)
            {
                fileName = upload.FileName;
                content = upload.Content;
                mimeType = GuessMimeType(fileName, upload.ContentType);
                if (method == "sendPhoto" && !PhotoDimensionsAllowed(content))
                {
                    return ApiResult.BadRequest("PHOTO_INVALID_DIMENSIONS");
                }
            }
            else
            {
                var reference = a.Str(field);
                if (string.IsNullOrEmpty(reference))
                {
                    return ApiResult.BadRequest($"there is no {field} in the request");
                }

                if (_files.TryGetValue(reference, out var known))
                {
                    (fileName, content, mimeType, knownId) = (known.FileName, known.Content, known.MimeType, reference);
                }
                else if (Uri.TryCreate(reference, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    var last = Path.GetFileName(url.AbsolutePath);
                    fileName = string.IsNullOrEmpty(last) ? "file" : last;
                    content = null;
                    mimeType = GuessMimeType(fileName, null);
                }
                else
                {
                    return ApiResult.BadRequest("wrong file identifier/HTTP URL specified");
                }
            }

            var caption = a.Str("caption");
            if (caption is not null && a.Str("parse_mode") is null && caption.Length > 1024)
            {
                return ApiResult.BadRequest("message caption is too long");
            }

            if (ValidateMarkup(a) is { } invalid)
            {
                return invalid;
            }

            if (EnforceLimitsLocked(chatId) is { } limited)
            {
                return limited;
            }

            string fileId;
            string uniqueId;
            if (knownId is not null)
            {
                fileId = knownId;
                uniqueId = _files[knownId].UniqueId;
            }
            else
            {
                fileId = NextFileIdLocked(field == "photo" ? "PHOTO" : "DOC", out uniqueId);
                _files[fileId] = new StoredFile(fileName, mimeType, content ?? [], uniqueId);
            }

            var message = NewBotMessageLocked(chatId);
            if (field == "photo")
            {
                message["photo"] = new JsonArray(
                    PhotoSize(fileId + "-s", uniqueId + "s", 90, 90, content is null ? null : Math.Min(content.Length, 2048)),
                    PhotoSize(fileId, uniqueId, 800, 600, content?.Length));
            }
            else
            {
                var document = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = uniqueId,
                    ["file_name"] = fileName,
                    ["mime_type"] = mimeType,
                };
                if (content is not null)
                {
                    document["file_size"] = content.Length;
                }

                message["document"] = document;
            }

            if (!string.IsNullOrEmpty(caption))
            {
                message["caption"] = caption;
            }

            AttachInlineMarkup(message, a);
            RecordLocked(method, chatId, (int)message["message_id"]!, message, a, fileName, content);
            return ApiResult.Ok(message.DeepClone());
        }
    }

    private string NextFileIdLocked(string kind, out string uniqueId)
    {
        var n = ++_fileCounter;
        uniqueId = $"AgAD{kind}{n:D6}";
        return $"FAKE-{kind}-{n:D6}";
    }

    private static JsonObject PhotoSize(string fileId, string uniqueId, int width, int height, int? size)
    {
        var photo = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["width"] = width,
            ["height"] = height,
        };
        if (size is not null)
        {
            photo["file_size"] = size;
        }

        return photo;
    }

    private static string GuessMimeType(string fileName, string? sentType)
    {
        var byExtension = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => "text/csv",
            ".TXT" => "text/plain",
            ".PDF" => "application/pdf",
            ".JSON" => "application/json",
            ".HTML" or ".HTM" => "text/html",
            ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".ZIP" => "application/zip",
            ".PNG" => "image/png",
            ".JPG" or ".JPEG" => "image/jpeg",
            _ => null,
        };
        return byExtension
            ?? (string.IsNullOrEmpty(sentType) || sentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
                ? "application/octet-stream"
                : sentType);
    }

    /// <summary>Telegram's rule for sendPhoto: width plus height at most 10,000 and a side ratio at most 20 (read from a PNG's header).</summary>
    private static bool PhotoDimensionsAllowed(byte[] content)
    {
        if (content.Length < 24 || content[0] != 0x89 || content[1] != (byte)'P')
        {
            return true;
        }

        long width = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(16));
        long height = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(20));
        return width + height <= 10_000 && Math.Max(width, height) <= 20 * Math.Min(width, height);
    }
}
