using Bot.Pipeline;
using Bot.Workers;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Benchmarks;

/// <summary>
/// The ceiling: the least a bot can do with the same transport. The same Telegram.Bot client set up as the
/// bot's (one client for long polling, one for sending, no client-side retry), the same long-poll loop, and
/// the same number of sends in flight as the bot's sender (Delivery:MaxParallelSends, 8); but no storage, no
/// per-user queue, no state machine: a text is answered with its text, a button press with
/// answerCallbackQuery and a message.
/// </summary>
internal sealed class EchoBot : IAsyncDisposable
{
    private readonly HttpClient pollingHttp = new() { Timeout = TimeSpan.FromSeconds(16) };
    private readonly HttpClient sendingHttp = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly TelegramBotClient polling;
    private readonly TelegramBotClient sending;
    private readonly SemaphoreSlim slots;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int errors;

    public EchoBot(string token, string baseUrl, int parallelSends)
    {
        polling = new TelegramBotClient(Options(token, baseUrl), pollingHttp);
        sending = new TelegramBotClient(Options(token, baseUrl), sendingHttp);
        slots = new SemaphoreSlim(parallelSends);
        loop = Task.Run(() => PollAsync(stopping.Token));
    }

    public IdleSignal Idle { get; } = new();

    public int Errors => Volatile.Read(ref errors);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        await Idle.WhenIdle();
        stopping.Dispose();
        slots.Dispose();
        pollingHttp.Dispose();
        sendingHttp.Dispose();
    }

    private static TelegramBotClientOptions Options(string token, string baseUrl) =>
        new(token, baseUrl) { RetryThreshold = 0, RetryCount = 1 };

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var updates = await polling.GetUpdates(offset, 100, 1, [UpdateType.Message, UpdateType.CallbackQuery], stoppingToken);
            foreach (var update in updates)
            {
                offset = update.Id + 1;
                Idle.Begin();
                _ = ReplyAsync(update);
            }
        }
    }

    private async Task ReplyAsync(Update update)
    {
        await slots.WaitAsync();
        try
        {
            if (update.CallbackQuery is { } press)
            {
                await sending.AnswerCallbackQuery(press.Id);
                await sending.SendMessage(press.From.Id, press.Data ?? "?");
            }
            else if (update.Message is { } message)
            {
                await sending.SendMessage(message.Chat.Id, message.Text ?? "?");
            }
        }
#pragma warning disable CA1031 // Counted and reported: a failed echo shows up as an error, not as a crash.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref errors);
        }
        finally
        {
            slots.Release();
            Idle.End();
        }
    }
}
