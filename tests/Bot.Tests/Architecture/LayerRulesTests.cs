using System.Reflection;
using Bot.Storage;

namespace Bot.Tests.Architecture;

/// <summary>
/// The bot's layers depend one way. Each rule names a part of the bot and what it must not use;
/// a type that breaks one is listed with what it uses, so reintroducing a removed dependency fails
/// here with the culprit named.
/// </summary>
public sealed class LayerRulesTests
{
    private static readonly Assembly Bot = typeof(Database).Assembly;

    [Fact]
    public void Delivery_does_not_use_the_pipeline() =>
        AssertNone(InNamespace("Bot.Delivery"), "Bot.Pipeline");

    /// <summary>The parts above the store: they register, run and use it, never the reverse.</summary>
    private static readonly string[] AboveStorage =
        ["Bot.Hosting", "Bot.Pipeline", "Bot.Delivery", "Bot.Operations", "Bot.Telegram", "Bot.Zalo", "Bot.ConsoleChannel", "Bot.Files"];

    [Fact]
    public void Storage_uses_nothing_above_it() =>
        AssertNone(InNamespace("Bot.Storage"), AboveStorage);

    /// <summary>Only the store knows its database.</summary>
    [Fact]
    public void Only_storage_uses_LiteDB() =>
        AssertNone(Bot.GetTypes().Where(t => !IsIn(t, "Bot.Storage")), "LiteDB");

    /// <summary>
    /// Outside Bot/Storage the bot uses the store through its port (StorePort.cs) and what the
    /// port carries, never the LiteDB classes behind it, so that another implementation of the port
    /// can take its place. The one exception is the composition root, <see cref="Bot.Hosting.BotServices"/>:
    /// something must build the LiteDB classes and register each behind its port interface, and it
    /// is the class that registers everything else (the operator's commands get their
    /// <see cref="IStoppedStore"/> from it too). Any type added to Bot/Storage counts as part of the
    /// implementation until it is added to <see cref="Port"/> here.
    /// </summary>
    [Fact]
    public void Outside_storage_only_the_composition_root_uses_the_stores_classes() =>
        AssertNoType(
            Bot.GetTypes().Where(t => !IsIn(t, "Bot.Storage") && t != typeof(Bot.Hosting.BotServices)),
            [.. StoreImplementation()]);

    [Fact]
    public void The_store_implementation_includes_its_LiteDB_classes()
    {
        var implementation = StoreImplementation().ToList();
        Type[] expected = [typeof(Database), typeof(EntityStore), typeof(Inbox), typeof(Outbox), typeof(TurnCommitter), typeof(Reachability), typeof(GroupCommit), typeof(EntityCache), typeof(StoreProbe), typeof(BackupService), typeof(StoppedStore), typeof(DataFileLock)];
        Assert.All(expected, t => Assert.Contains(t, implementation));
        Assert.All(Port, t => Assert.DoesNotContain(t, implementation));
        // The rule sees the composition root's uses, so it would see them anywhere else.
        Assert.Contains(typeof(EntityStore), TypeReferences.Of(typeof(Bot.Hosting.BotServices)).Intersect(implementation));
    }

    /// <summary>What the rest of the bot may use of Bot/Storage.</summary>
    private static readonly Type[] Port =
    [
        // The port's interfaces (StorePort.cs) and the records they pass.
        typeof(IRecordStore), typeof(IInbox), typeof(ITurnStore), typeof(IOutboxStore), typeof(IReachability),
        typeof(IStoreProbe), typeof(IStoreBackup), typeof(IStoppedStore),
        typeof(InboxItem), typeof(OutboxItem), typeof(OutboxStatus), typeof(CommitResult), typeof(BackupResult),
        // Built on the port alone: a worker raises a signal through the inbox.
        typeof(SignalFeed),
        // Name no store: the JSON options records and reports are written with, files made
        // owner-only, and the readers of the data files the bot starts from.
        typeof(Json), typeof(OwnerOnlyFile), typeof(UnitFile), typeof(MeetingFile),
    ];

    /// <summary>Every type of Bot/Storage that is not part of its port.</summary>
    private static IEnumerable<Type> StoreImplementation() =>
        InNamespace("Bot.Storage").Where(t => !t.IsNested && !Port.Contains(t) && !t.Name.StartsWith('<'));

    /// <summary>Reading a channel's event is a function of the event: what the chat was shown is read by the turn.</summary>
    [Fact]
    public void Mapping_an_update_reads_no_store()
    {
        Type[] mappers = [typeof(Bot.Zalo.ZaloUpdateMapper), typeof(Bot.ConsoleChannel.ConsoleInput), typeof(Bot.Telegram.UpdateMapper)];
        AssertNone(mappers, "Bot.Storage", "Bot.Delivery", "LiteDB");
        AssertNoType(mappers, typeof(Domain.IReadModel), typeof(Domain.Conversations.ShownChoices), typeof(Domain.Conversations.TypedChoices));
    }

    /// <summary>What every layer's background work shares (CriticalService, ExitStatus, IdleSignal) depends on no layer.</summary>
    [Fact]
    public void Workers_use_no_layer() =>
        AssertNone(InNamespace("Bot.Workers"), [.. AboveStorage, "Bot.Storage"]);

    [Fact]
    public void The_reader_sees_what_signatures_and_method_bodies_use()
    {
        Assert.Contains(typeof(Bot.Delivery.OutboxQueue), TypeReferences.Of(typeof(Bot.Pipeline.UpdatePipeline)));
        Assert.Contains(typeof(System.Net.WebUtility), TypeReferences.Of(typeof(BodyOnly)));
        Assert.Contains(typeof(System.Text.StringBuilder), TypeReferences.Of(typeof(BodyOnly)));
    }

    /// <summary>Fails naming each type of <paramref name="types"/> that uses one of <paramref name="forbidden"/>.</summary>
    private static void AssertNoType(IEnumerable<Type> types, params Type[] forbidden)
    {
        var broken = types
            .Where(t => !t.IsNested)
            .Select(t => (Type: t, Uses: TypeReferences.Of(t).Intersect(forbidden).Select(r => r.Name).Order().ToList()))
            .Where(x => x.Uses.Count > 0)
            .Select(x => $"{x.Type.FullName} uses {string.Join(", ", x.Uses)}")
            .ToList();
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    private static IEnumerable<Type> InNamespace(string name) =>
        Bot.GetTypes().Where(t => t.Namespace == name || t.Namespace?.StartsWith(name + ".", StringComparison.Ordinal) == true);

    private static bool IsIn(Type type, string name) =>
        type.Namespace == name || type.Namespace?.StartsWith(name + ".", StringComparison.Ordinal) == true;

    /// <summary>Fails naming each type of <paramref name="types"/> that uses something in one of <paramref name="forbidden"/>.</summary>
    private static void AssertNone(IEnumerable<Type> types, params string[] forbidden)
    {
        var broken = types
            .Where(t => !t.IsNested)
            .Select(t => (Type: t, Uses: TypeReferences.Of(t).Where(r => forbidden.Any(f => IsIn(r, f))).Select(r => r.FullName ?? r.Name).Distinct().Order().ToList()))
            .Where(x => x.Uses.Count > 0)
            .Select(x => $"{x.Type.FullName} uses {string.Join(", ", x.Uses)}")
            .ToList();
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    /// <summary>Uses two types only inside method bodies (one of them in an async state machine).</summary>
    private static class BodyOnly
    {
        public static string Encode() => System.Net.WebUtility.HtmlEncode("<");

        public static async Task<int> LengthAsync()
        {
            await Task.Yield();
            return new System.Text.StringBuilder("x").Length;
        }
    }
}
