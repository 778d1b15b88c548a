using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Members;
using Domain.Notices;
using Domain.Text;
using Domain.Users;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

/// <summary>Housekeeping's retention periods, on a real data file.</summary>
public sealed class RetentionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly UserKey Stranger = new("telegram", "301");
    private static readonly UserKey Registered = new("telegram", "302");
    private static readonly UserKey Organizer = new("telegram", "9001");

    private readonly TempFolder folder = new();
    private readonly Database database;
    private readonly EntityStore entities;
    private readonly RetentionSweep sweep;

    public RetentionTests()
    {
        database = new Database(folder.DatabasePath, StoredEntities.Types);
        entities = new EntityStore(database);
        sweep = new RetentionSweep(
            database,
            entities,
            new BotSettings { Organizers = new HashSet<UserKey> { Organizer } },
            Options.Create(new RetentionOptions()));
    }

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_strangers_session_is_forgotten_thirty_days_after_it_last_changed()
    {
        entities.Put(Session.New(Stranger, Lang.Vi).Enter("registration", "Name"));
        entities.Put(Session.New(Registered, Lang.Vi));
        entities.Put(new Member { Id = Registered.ToString(), FullName = "Lê Thị Lan", Phone = "+84912345678", UnitCode = "P01", Position = "Ủy viên", Status = MemberStatus.Pending });
        entities.Put(Session.New(Organizer, Lang.Vi));

        sweep.RunOnce(Now);
        var early = sweep.RunOnce(Now.AddDays(29));
        var late = sweep.RunOnce(Now.AddDays(30));

        Assert.Equal(0, early.StrangerSessions);
        Assert.Equal(1, late.StrangerSessions);
        Assert.Null(entities.Find<Session>(Stranger.ToString()));
        Assert.NotNull(entities.Find<Session>(Registered.ToString()));
        Assert.NotNull(entities.Find<Session>(Organizer.ToString()));
        Assert.Equal(0, database.Lite.GetCollection("stranger_seen").Count());
    }

    [Fact]
    public void A_stranger_who_keeps_talking_keeps_their_session()
    {
        entities.Put(Session.New(Stranger, Lang.Vi));
        sweep.RunOnce(Now);
        entities.Put(Session.New(Stranger, Lang.Vi).Enter("registration", "Name"));

        sweep.RunOnce(Now.AddDays(20));
        var swept = sweep.RunOnce(Now.AddDays(40));

        Assert.Equal(0, swept.StrangerSessions);
        Assert.NotNull(entities.Find<Session>(Stranger.ToString()));
    }

    [Fact]
    public void An_old_notice_forgets_its_recipients_but_keeps_their_number()
    {
        entities.Put(Notice("tb-old", finished: Now.AddDays(-91)));
        entities.Put(Notice("tb-new", finished: Now.AddDays(-10)));
        entities.Put(Notice("tb-sending", finished: null));

        var swept = sweep.RunOnce(Now);

        Assert.Equal(1, swept.NoticeRecipientLists);
        var old = entities.Find<Notice>("tb-old")!;
        Assert.Empty(old.Recipients);
        Assert.Equal(2, old.RecipientCount());
        Assert.Equal(2, entities.Find<Notice>("tb-new")!.Recipients.Count);
        Assert.Equal(2, entities.Find<Notice>("tb-sending")!.Recipients.Count);
        Assert.Equal(0, sweep.RunOnce(Now).NoticeRecipientLists);
    }

    [Fact]
    public void Audit_lines_older_than_a_year_are_removed()
    {
        database.AuditLog.Insert(Line(Now.AddDays(-400)));
        database.AuditLog.Insert(Line(Now.AddDays(-10)));

        var swept = sweep.RunOnce(Now);

        Assert.Equal(1, swept.AuditLines);
        Assert.Equal(1, database.AuditLog.Count());
    }

    [Fact]
    public void An_approval_card_log_is_forgotten_a_day_after_the_card()
    {
        entities.Put(new ApprovalCardLog(ApprovalCardLog.IdFor(Stranger.ToString()), Now.AddHours(-25)));
        entities.Put(new ApprovalCardLog(ApprovalCardLog.IdFor(Registered.ToString()), Now.AddHours(-2)));

        sweep.RunOnce(Now);

        Assert.Null(entities.Find<ApprovalCardLog>(ApprovalCardLog.IdFor(Stranger.ToString())));
        Assert.NotNull(entities.Find<ApprovalCardLog>(ApprovalCardLog.IdFor(Registered.ToString())));
    }

    [Fact]
    public void The_retention_periods_are_read_from_configuration()
    {
        var configured = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:AuditLines"] = "30.00:00:00", ["Retention:StrangerSessions"] = "7.00:00:00", ["Retention:CampaignRecipients"] = "180.00:00:00" })
            .Build()
            .GetSection(RetentionOptions.Section);
        var options = new RetentionOptions();
        configured.Bind(options);

        Assert.Equal((TimeSpan.FromDays(30), TimeSpan.FromDays(7), TimeSpan.FromDays(90)), (options.AuditLines, options.StrangerSessions, options.NoticeRecipients));
        Assert.Equal(TimeSpan.FromDays(180), options.CampaignRecipients);
        Assert.Equal(TimeSpan.FromDays(90), new RetentionOptions().CampaignRecipients);
    }

    private static Notice Notice(string id, DateTimeOffset? finished) => new()
    {
        Id = id,
        Text = "Thông báo",
        Audience = "Tất cả thành viên",
        Recipients = ["telegram:1", "telegram:2"],
        CreatedBy = Organizer.ToString(),
        CreatedAt = (finished ?? Now).AddHours(-1),
        Status = finished is null ? NoticeStatus.Sending : NoticeStatus.Done,
        FinishedAt = finished,
    };

    private static BsonDocument Line(DateTimeOffset at) => new()
    {
        ["at"] = at.UtcDateTime,
        ["by"] = Organizer.ToString(),
        ["action"] = "member.approved",
        ["subject"] = "telegram:5",
    };
}
