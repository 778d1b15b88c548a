using LiteDB;

namespace Bot.Storage;

/// <summary>
/// A timed round trip through the store, as a turn makes one: a small row written through the
/// group commit (so the writer thread, LiteDB's engine and the sync to the device all take part),
/// then read back. A stuck engine or disk never answers, so the caller waits only up to a timeout.
/// One round trip at a time: while one is stuck, later checks wait on it rather than pile up
/// threads behind the same lock. Timeouts are real time, whatever clock the bot's dates come from.
/// </summary>
public sealed class StoreProbe(Database database, TimeProvider time, GroupCommit? group = null) : IStoreProbe
{
    public const string RowId = "health";

    private readonly Lock gate = new();
    private Task<string?>? running;

    public async Task<string?> CheckAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Task<string?> probe;
        lock (gate)
        {
            probe = running = running is null || running.IsCompleted ? Task.Run(RoundTripAsync, CancellationToken.None) : running;
        }

        var finished = await Task.WhenAny(probe, Task.Delay(timeout, cancellationToken));
        if (finished != probe)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return $"no answer within {timeout.TotalSeconds:0.#} s";
        }

        return await probe;
    }

    private async Task<string?> RoundTripAsync()
    {
        string? problem;
        try
        {
            var row = new BsonDocument { ["_id"] = RowId, ["at"] = time.GetUtcNow().UtcDateTime };
            if (group is null)
            {
                database.InTransaction(() => database.Marks.Upsert(row));
            }
            else
            {
                await group.Run(() => database.Marks.Upsert(row));
            }

            problem = database.Marks.FindById(RowId) is null ? "the row just written was not found" : null;
        }
#pragma warning disable CA1031 // Whatever the failure, the store did not answer; the reason is reported.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problem = ex.Message;
        }

        return problem;
    }
}
