using System.Globalization;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Pipeline;
using Bot.Workers;
using Domain;
using Domain.Conversations;
using Domain.Notices;
using Domain.Text;
using Domain.Users;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.ConsoleChannel;

/// <summary>
/// The offline channel: each input line is a message from the current console user, through the
/// same inbox, core, outbox and sender as Telegram. It waits for the bot to finish answering
/// before reading the next line, so a script's transcript is always in the same order.
/// </summary>
public sealed class ConsoleChat(
    TextReader input,
    ConsoleOutput output,
    UpdatePipeline pipeline,
    OutboxQueue outbox,
    IReadModel store,
    BotSettings settings,
    IOptions<ConsoleOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<ConsoleChat> logger) : CriticalService(lifetime, logger, exit)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var user = Key(options.Value.UserId);
        output.WriteLine(Texts.ConsoleBanner.For(settings.DefaultLanguage, user.Id).ToPlain());
        while (!stoppingToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(stoppingToken);
            if (line is null)
            {
                break;
            }

            switch (ConsoleInput.Parse(line, user))
            {
                case ConsoleAction.Quit:
                    await WhenSettledAsync(stoppingToken);
                    Lifetime.StopApplication();
                    return;
                case ConsoleAction.SwitchUser change:
                    user = Key(change.Id);
                    output.WriteLine(Texts.ConsoleSwitched.For(settings.DefaultLanguage, user.Id, change.Name).ToPlain());
                    break;
                case ConsoleAction.Send send:
                    pipeline.Accept(new InboundEnvelope($"console:{Guid.NewGuid():N}", user, ConsoleFiles.Attach(send.Event), time.GetUtcNow()));
                    await WhenSettledAsync(stoppingToken);
                    break;
            }
        }

        await WhenSettledAsync(stoppingToken);
        Lifetime.StopApplication();
    }

    public static UserKey Key(long id) => new(ConsoleSender.ChannelName, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Waits until every event is handled and every resulting message sent.</summary>
    private async Task WhenSettledAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            while (!(pipeline.Idle.IsIdle && outbox.Idle.IsIdle))
            {
                await pipeline.Idle.WhenIdle().WaitAsync(stoppingToken);
                await outbox.Idle.WhenIdle().WaitAsync(stoppingToken);
            }

            // A broadcast ends with a report a moment after its last message: wait for it too.
            if (!store.All<Notice>().Any(n => n.FinishedAt is null))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time, stoppingToken);
        }
    }
}
