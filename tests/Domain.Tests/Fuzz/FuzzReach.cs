using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Notices;

namespace Domain.Tests.Fuzz;

/// <summary>How far the random runs got (printed with the result), so that a generator that stops reaching the flows is noticed.</summary>
public sealed class FuzzReach
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public int this[string what] => counts.GetValueOrDefault(what);

    public void Add(Support.MemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var member in store.All<Member>())
        {
            Count("member " + member.Status);
        }

        foreach (var grant in store.All<RoleGrant>())
        {
            Count("role " + grant.Role);
        }

        foreach (var rsvp in store.All<Rsvp>())
        {
            Count("answer " + rsvp.Answer);
        }

        foreach (var comment in store.All<Comment>())
        {
            Count("comment " + comment.Status);
        }

        foreach (var notice in store.All<Notice>())
        {
            Count("notice " + notice.Status);
        }

        foreach (var campaign in store.All<global::Domain.Campaigns.Campaign>())
        {
            Count("campaign " + (campaign.Recipients.Count > 0 ? "sent" : "to nobody"));
        }

        foreach (var answer in store.All<global::Domain.Campaigns.CampaignAnswer>())
        {
            Count("campaign answer " + answer.Outcome);
        }

        foreach (var report in store.All<global::Domain.ContentReports.ContentReport>())
        {
            Count("content report " + report.Status);
        }

        foreach (var round in store.All<global::Domain.Reports.ReportingRound>())
        {
            Count("reporting round");
        }

        foreach (var report in store.All<global::Domain.Reports.UnitReport>())
        {
            Count("unit report " + (report.Versions.Count > 0 ? "sent" : "started"));
        }

        foreach (var guest in store.All<global::Domain.Guests.Guest>())
        {
            Count("guest " + (guest.ClaimedBy is null ? "invited" : "opened"));
        }

        foreach (var desk in store.All<global::Domain.CheckIn.CheckInDesk>())
        {
            Count("check-in desk");
        }

        foreach (var presence in store.All<global::Domain.CheckIn.Attendance>())
        {
            Count("checked in");
        }

        foreach (var session in store.All<Session>().Where(s => s.Flow is not null))
        {
            Count("in flow " + session.Flow + (session.Flow is "cd" or "cdt" or "rp" or "ci" or "pa" ? "." + session.State : string.Empty));
        }
    }

    public override string ToString() => string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    private void Count(string what) => counts[what] = counts.GetValueOrDefault(what) + 1;
}
