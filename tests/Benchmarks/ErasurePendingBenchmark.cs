using System.Diagnostics;
using Bot.Hosting;
using Bot.Storage;
using Domain.Conversations;
using Domain.Members;
using Domain.Notices;
using Domain.Text;
using Domain.Users;
using LiteDB;

namespace Benchmarks;

/// <summary>
/// An erasure while a broadcast naming the person is still being sent: <c>pending</c> messages of
/// one notice wait in the outbox, and the erasing turn's transaction rewrites each without the
/// person's name and number (every waiting broadcast message is read; each distinct text is
/// worked out once). Times that transaction, which holds the one writer thread.
/// </summary>
public static class ErasurePendingBenchmark
{
    private const string Name = "Phạm Thị Riêng Tư";

    /// <param name="rewrite">False: as before broadcasts were rewritten, every message naming the person is cancelled (the baseline).</param>
    /// <param name="naming">False: the notice names someone else, so nothing is rewritten, but every message is still read.</param>
    public static (int Pending, double ScrubMs, int Rewritten) Run(int pending, bool rewrite = true, bool naming = true)
    {
        var folder = Directory.CreateTempSubdirectory("bench-erasure-pending-");
        try
        {
            using var database = new Database(Path.Combine(folder.FullName, "bot.db"), StoredEntities.Types);
            var outbox = new Outbox(database);
            var now = DateTimeOffset.UtcNow;
            var message = new TextOut(new Html($"<b>Khen thưởng</b> đồng chí {(naming ? Name : "Lê Văn Khác")} ({(naming ? "0987.654.321" : "0911.222.333")}) đã hoàn thành xuất sắc nhiệm vụ tuyên truyền năm 2023."));
            var json = StoredMessage.Json(message);
            database.InTransaction(() =>
            {
                for (var i = 0; i < pending; i++)
                {
                    outbox.AddInTransaction(new Delivery(new UserKey("telegram", (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)), message, Priority.Bulk, Notice.TagFor("tb1")), now, json);
                }

                return true;
            });
            database.Lite.Checkpoint();
            var redact = ErasedPersonRedactor();
            var trace = new PersonalTrace(["telegram:7355608123"], [Name, "+84987654321", "0987654321"]) { Redact = rewrite ? redact : null };
            var scrub = new PersonalDataScrub(database, new Reachability(database));
            var clock = Stopwatch.StartNew();
            var result = database.InTransaction(() => scrub.ScrubInTransaction(trace, DateTimeOffset.UtcNow));
            return (pending, clock.Elapsed.TotalMilliseconds, result.Rewritten.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Func<string, string> ErasedPersonRedactor()
    {
        var person = Domain.Reports.ErasedPerson.Of("bench", [], Name, "0987654321");
        return text => person.Redact(text, Texts.ErasedName.Vi);
    }
}
