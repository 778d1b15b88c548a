using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Users;

namespace Bot.Tests.Storage;

/// <summary>A signal raised below the pipeline is stored first, then handed on once; none is lost before anyone listens.</summary>
public sealed class SignalFeedTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 4, 20, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_signal_posted_before_anyone_listens_is_stored_and_handed_on_at_subscription()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        var inbox = new Inbox(database);
        var feed = new SignalFeed(inbox);
        var signal = ChannelFallback.Signal(new UserKey("zalo", "7"), 42, Now);

        Assert.True(feed.Post(signal));
        Assert.Single(inbox.AllUnhandled());

        var handed = new List<InboxItem>();
        feed.Subscribe(handed.Add);
        Assert.Equal(signal.Id, Assert.Single(handed).Envelope!.Id);

        Assert.False(feed.Post(signal));
        var later = ChannelFallback.Signal(new UserKey("zalo", "7"), 43, Now);
        Assert.True(feed.Post(later));
        Assert.Equal([signal.Id, later.Id], handed.Select(i => i.Envelope!.Id));
    }
}
