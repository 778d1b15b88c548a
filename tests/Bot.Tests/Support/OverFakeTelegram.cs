using FakeTelegram;

namespace Bot.Tests.Support;

/// <summary>
/// A test class whose bots talk to the fake Bot API on loopback, each test on a data file of its
/// own that is removed afterwards.
/// </summary>
public abstract class OverFakeTelegram : IAsyncLifetime
{
    protected TempFolder Folder { get; } = new();

    protected FakeBotApi Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await Fake.DisposeAsync();
        Folder.Dispose();
    }
}
