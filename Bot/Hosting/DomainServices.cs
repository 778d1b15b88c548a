using Bot.Files;
using Bot.Storage;
using Domain.ContentReports;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>The core's handlers, and the records the database stores for it.</summary>
public static class DomainServices
{
    public static IServiceCollection AddDomain(this IServiceCollection services)
    {
        services.AddSingleton(sp => UnitFile.Load(Path.GetFullPath(Path.Combine(
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<IOptions<BotOptions>>().Value.UnitsFile))));

        services.AddSingleton<IEventFiles, EventFiles>();
        services.AddSingleton<IDiscussionFiles, DiscussionFiles>();
        services.AddSingleton<Domain.Reports.IReportFiles, ReportFiles>();
        services.AddSingleton<Domain.Guests.IGuestFiles, GuestFiles>();
        services.AddSingleton<Domain.Campaigns.ICampaignFiles, CampaignFiles>();
        services.AddSingleton<Domain.Team.ITeamFiles, TeamFiles>();
        services.AddSingleton<IContentReportFiles, ContentReportFiles>();
        services.AddSingleton(sp => CoreHandlers.CreateRouter(
            sp.GetRequiredService<UnitCatalog>(),
            sp.GetRequiredService<IEventFiles>(),
            sp.GetRequiredService<IDiscussionFiles>(),
            sp.GetRequiredService<Domain.Team.ITeamFiles>(),
            sp.GetRequiredService<Domain.Guests.IGuestFiles>(),
            sp.GetRequiredService<Domain.Campaigns.ICampaignFiles>(),
            sp.GetRequiredService<IContentReportFiles>(),
            reportFiles: sp.GetRequiredService<Domain.Reports.IReportFiles>()));
        return services;
    }
}

public static class StoredEntities
{
    public static readonly IReadOnlyList<Type> Types =
    [
        typeof(Session),
        typeof(Member),
        typeof(RoleGrant),
        typeof(Meeting),
        typeof(Rsvp),
        typeof(ReminderRun),
        typeof(UnitDelegation),
        typeof(Notice),
        typeof(Comment),
        typeof(SpeakingOrder),
        typeof(Domain.Users.IdentityLink),
        typeof(Domain.Users.LinkCode),
        typeof(Domain.Users.LinkAttempts),
        typeof(Domain.Users.PreferredChannel),
        typeof(ApprovalCardLog),
        typeof(ShownChoices),
        typeof(Domain.Campaigns.Campaign),
        typeof(Domain.Campaigns.CampaignAnswer),
        typeof(ContentReport),
        typeof(ReportCounter),
        typeof(Domain.Reports.ReportingRound),
        typeof(Domain.Reports.UnitReport),
        typeof(Domain.Reports.ReportErasureNote),
        typeof(Domain.Reports.ReportReporter),
        typeof(Domain.Guests.Guest),
        typeof(Domain.CheckIn.CheckInDesk),
        typeof(Domain.CheckIn.Attendance),
        typeof(Domain.CheckIn.CodeAttempts),
    ];


    /// <summary>
    /// Records kept in memory as well (see <see cref="EntityStore"/>): every update reads the
    /// sender's links and preferred channel, which few people have, so nearly every read would
    /// find nothing in the database, each a LiteDB read (docs/benchmarks-history.md, "Towards 1,000 updates/s").
    /// </summary>
    public static readonly IReadOnlyList<Type> Mirrored = [typeof(Domain.Users.IdentityLink), typeof(Domain.Users.PreferredChannel)];
}
