using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeTelegram;

/// <summary>
/// getFile and the download at <c>/file/bot{token}/{file_path}</c>, as the Bot API serves them: getFile
/// answers a File object (file_id, file_unique_id, file_size, file_path) or 400 "invalid file_id", and
/// refuses files over 20 MB with 400 "file is too big"; the path is then fetched with a plain GET.
/// </summary>
public sealed partial class FakeBotApi
{
    private const int MaxDownload = 20 * 1024 * 1024;

    private readonly Dictionary<string, string> _filePaths = new(StringComparer.Ordinal);
    private readonly List<string> _downloads = [];

    /// <summary>The file paths downloaded so far, in order.</summary>
    public IReadOnlyList<string> Downloads
    {
        get
        {
            lock (Gate)
            {
                return [.. _downloads];
            }
        }
    }

    /// <summary>A copy of an enqueued update, e.g. to post it to a webhook by hand (needs <see cref="FakeBotApiOptions.KeepCopies"/>).</summary>
    public JsonObject UpdateJson(int updateId)
    {
        lock (Gate)
        {
            return _updateHistory.TryGetValue(updateId, out var update)
                ? (JsonObject)update.DeepClone()
                : throw new InvalidOperationException($"No copy of update {updateId} is kept.");
        }
    }

    /// <summary>Keeps a file a user sends, as Telegram's servers would; returns its file_id.</summary>
    internal string StoreUserFile(string fileName, string mimeType, byte[] content, out string uniqueId)
    {
        lock (Gate)
        {
            var fileId = NextFileIdLocked("DOC", out uniqueId);
            _files[fileId] = new StoredFile(fileName, mimeType, content, uniqueId);
            return fileId;
        }
    }

    private ApiResult GetFile(RequestArgs a)
    {
        var fileId = a.Str("file_id");
        lock (Gate)
        {
            if (string.IsNullOrEmpty(fileId) || !_files.TryGetValue(fileId, out var file))
            {
                return ApiResult.BadRequest("invalid file_id");
            }

            if (file.Content.Length > MaxDownload)
            {
                return ApiResult.BadRequest("file is too big");
            }

            if (!_filePaths.TryGetValue(fileId, out var path))
            {
                var folder = file.MimeType.StartsWith("image/", StringComparison.Ordinal) ? "photos" : "documents";
                path = string.Create(CultureInfo.InvariantCulture, $"{folder}/file_{_filePaths.Count}{Path.GetExtension(file.FileName)}");
                _filePaths[fileId] = path;
            }

            return ApiResult.Ok(new JsonObject
            {
                ["file_id"] = fileId,
                ["file_unique_id"] = file.UniqueId,
                ["file_size"] = file.Content.Length,
                ["file_path"] = path,
            });
        }
    }

    protected override async Task ServeFileAsync(HttpContext context, string filePath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        byte[]? content;
        lock (Gate)
        {
            var fileId = _filePaths.FirstOrDefault(p => p.Value == filePath).Key;
            content = fileId is null ? null : _files[fileId].Content;
            if (content is not null)
            {
                _downloads.Add(filePath);
                SignalLocked();
            }
        }

        if (content is null)
        {
            await WriteErrorAsync(context, 404, "Not Found");
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, ct);
    }
}
