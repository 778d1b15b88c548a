using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    private ApiResult SetMyCommands(RequestArgs a)
    {
        if (a.Node("commands") is not JsonArray array)
        {
            return ApiResult.BadRequest("can't parse commands JSON object");
        }

        var commands = new List<(string Command, string Description)>();
        foreach (var item in array)
        {
            var command = StringOf(item?["command"]) ?? "";
            var description = StringOf(item?["description"]) ?? "";
            if (!CommandPattern().IsMatch(command))
            {
                return ApiResult.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Trim().Length == 0 || description.Length > 256)
            {
                return ApiResult.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            commands.Add((command, description));
        }

        lock (Gate)
        {
            _commands[a.Str("language_code") ?? ""] = commands.ToArray();
            SignalLocked();
        }

        return ApiResult.Ok(true);
    }

    private ApiResult GetMyCommands(RequestArgs a)
    {
        lock (Gate)
        {
            var result = new JsonArray();
            if (_commands.TryGetValue(a.Str("language_code") ?? "", out var commands))
            {
                foreach (var (command, description) in commands)
                {
                    result.Add(new JsonObject { ["command"] = command, ["description"] = description });
                }
            }

            return ApiResult.Ok(result);
        }
    }

    private ApiResult DeleteMyCommands(RequestArgs a)
    {
        lock (Gate)
        {
            _commands.Remove(a.Str("language_code") ?? "");
            SignalLocked();
            return ApiResult.Ok(true);
        }
    }

    private ApiResult SetWebhook(RequestArgs a)
    {
        var url = a.Str("url") ?? "";
        var secret = a.Str("secret_token");
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            return ApiResult.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        if (!string.IsNullOrEmpty(secret) && !SecretTokenPattern().IsMatch(secret))
        {
            return ApiResult.BadRequest("secret token contains unallowed characters");
        }

        lock (Gate)
        {
            _webhookUrl = url.Length == 0 ? null : url;
            _webhookSecret = url.Length == 0 || string.IsNullOrEmpty(secret) ? null : secret;
            if (a.Bool("drop_pending_updates"))
            {
                _queue.Clear();
            }

            SignalLocked();
        }

        return ApiResult.Ok(true);
    }

    private ApiResult DeleteWebhook(RequestArgs a)
    {
        lock (Gate)
        {
            _webhookUrl = null;
            _webhookSecret = null;
            if (a.Bool("drop_pending_updates"))
            {
                _queue.Clear();
            }

            SignalLocked();
        }

        return ApiResult.Ok(true);
    }

    private ApiResult GetWebhookInfo()
    {
        lock (Gate)
        {
            return ApiResult.Ok(new JsonObject
            {
                ["url"] = _webhookUrl ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _queue.Count,
            });
        }
    }
}
