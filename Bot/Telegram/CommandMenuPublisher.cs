using Domain.Conversations.Basics;
using Domain.Text;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>Registers the command menu: Vietnamese by default, English for English clients.</summary>
public sealed class CommandMenuPublisher(TelegramClients clients, ILogger<CommandMenuPublisher> logger)
{
    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        try
        {
            await clients.Sending.SetMyCommands(Commands(Lang.Vi), cancellationToken: cancellationToken);
            await clients.Sending.SetMyCommands(Commands(Lang.En), languageCode: "en", cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            // The menu is a convenience; the bot answers commands without it.
            logger.LogWarning("Could not register the command menu: {Error}", clients.Redact(ex.Message));
        }
    }

    private static IEnumerable<BotCommand> Commands(Lang lang) =>
        CommandMenu.Entries
            .Where(e => !e.OrganizersOnly)
            .Select(e => new BotCommand(e.Command, e.Description.Plain(lang)));
}
