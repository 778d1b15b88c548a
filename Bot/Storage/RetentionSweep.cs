using System.Security.Cryptography;
using System.Text;
using Domain.Campaigns;
using Domain.Conversations;
using Domain.Members;
using Domain.Notices;
using Domain.Users;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>What one sweep removed.</summary>
public sealed record RetentionCounts(int StrangerSessions, int NoticeRecipientLists, int AuditLines, int CampaignRecipientLists = 0);

/// <summary>
/// Applies <see cref="RetentionOptions"/> for <see cref="Housekeeping"/>: the sessions of people
/// who never registered, the recipient lists of old notices and of old campaigns, and old audit lines.
/// </summary>
/// <remarks>
/// A session keeps no time of its own (stamping one on every turn would write it on every turn),
/// so a stranger's session is timed here: the first sweep that sees it notes when, with a digest of
/// the session, and a later sweep that finds it changed starts the time again.
/// </remarks>
public sealed class RetentionSweep(Database database, EntityStore entities, BotSettings settings, IOptions<RetentionOptions> options)
{
    /// <summary>When a stranger's session was first seen, keyed by their key (an erasure removes theirs).</summary>
    public const string SeenCollection = "stranger_seen";
    private readonly RetentionOptions retention = options.Value;

    public RetentionCounts RunOnce(DateTimeOffset now)
    {
        ForgetApprovalCardLogs(now);
        return new(
            StrangerSessions(now),
            NoticeRecipients(now),
            database.AuditLog.DeleteMany(BsonExpression.Create("at < @0", (now - retention.AuditLines).UtcDateTime)),
            CampaignRecipients(now));
    }

    /// <summary>A day after a card, the log has done its job.</summary>
    private void ForgetApprovalCardLogs(DateTimeOffset now)
    {
        var done = entities.Scan<ApprovalCardLog>().Where(l => now - l.At >= ApprovalCardLog.Interval).Select(l => l.Id).ToList();
        if (done.Count > 0)
        {
            database.InTransaction(() =>
            {
                foreach (var id in done)
                {
                    entities.Delete(typeof(ApprovalCardLog), id);
                }

                return done.Count;
            });
        }
    }

    private int StrangerSessions(DateTimeOffset now)
    {
        var seen = database.Lite.GetCollection(SeenCollection);
        // Ids only: reading every member's record through the store would parse them all and
        // leave them in its cache for good, and every registered person's session with them.
        var members = Ids(typeof(Member)).ToHashSet(StringComparer.Ordinal);
        var strangers = Ids(typeof(Session))
            .Where(id => !members.Contains(id) && !settings.Organizers.Contains(UserKey.Parse(id)))
            .ToList()
            .Select(id => entities.Find<Session>(id))
            .OfType<Session>()
            .ToList();
        var removed = 0;
        database.InTransaction(() =>
        {
            var current = strangers.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in seen.FindAll().Select(d => d["_id"].AsString).Where(id => !current.Contains(id)).ToList())
            {
                // Registered or gone since: nothing to time any more.
                seen.Delete(stale);
            }

            var sessions = database.Entities(typeof(Session));
            // Read before the transaction: a session erased since is not timed again.
            foreach (var session in strangers.Where(s => sessions.FindById(s.Id) is not null))
            {
                var digest = Digest(session);
                var mark = seen.FindById(session.Id);
                if (mark is null || mark["digest"].AsString != digest)
                {
                    seen.Upsert(new BsonDocument { ["_id"] = session.Id, ["since"] = now.UtcTicks, ["digest"] = digest });
                }
                else if (now.UtcTicks - mark["since"].AsInt64 >= retention.StrangerSessions.Ticks
                    && entities.Find<Member>(session.Id) is null)
                {
                    entities.Delete(typeof(Session), session.Id);
                    seen.Delete(session.Id);
                    removed++;
                }
            }

            return removed;
        });
        return removed;
    }

    private IEnumerable<string> Ids(Type type) =>
        database.Entities(type).Query().Select(BsonExpression.Create("_id")).ToEnumerable().Select(d => d["_id"].AsString);

    /// <summary>Stable across restarts (string.GetHashCode is not).</summary>
    private static string Digest(Session session) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(EntityStore.Serialize(session))), 0, 8);

    private int NoticeRecipients(DateTimeOffset now)
    {
        var old = entities.Scan<Notice>()
            .Where(n => n.FinishedAt is { } finished && now - finished >= retention.NoticeRecipients && n.Recipients.Count > 0)
            .ToList();
        if (old.Count > 0)
        {
            database.InTransaction(() =>
            {
                foreach (var notice in old)
                {
                    entities.Put(notice.WithoutRecipients());
                }

                return old.Count;
            });
        }

        return old.Count;
    }

    /// <summary>
    /// A campaign long past its deadline forgets who it went to, as its notice does; its answers
    /// per unit are counted first and kept, so its progress and the month's summary stay right.
    /// </summary>
    private int CampaignRecipients(DateTimeOffset now)
    {
        var old = entities.Scan<Campaign>()
            .Where(c => !c.RecipientsForgotten && now - c.Deadline >= retention.CampaignRecipients)
            .ToList();
        if (old.Count > 0)
        {
            database.InTransaction(() =>
            {
                foreach (var campaign in old)
                {
                    entities.Put(campaign.WithoutRecipients(CampaignProgress.Count(entities, campaign)));
                }

                return old.Count;
            });
        }

        return old.Count;
    }
}
