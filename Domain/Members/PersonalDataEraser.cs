using Domain.ContentReports;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Notices;
using Domain.Users;

namespace Domain.Members;

/// <summary>
/// Everything the records hold about one person, found and removed: their profile, role, answers,
/// comments, sessions and links on every channel, link codes and attempts, the names of a
/// delegation they gave, their place in notices' recipient lists and in others' answer histories,
/// their name and number in notices' and campaigns' texts (<see cref="NoticeErasure"/>),
/// and (through the shell) approval cards about them not yet sent. The shell is handed a <see cref="PersonalTrace"/>
/// for what it keeps outside the records.
/// </summary>
public static class PersonalDataEraser
{
    /// <summary>Written where an erased person's id stood in someone else's record.</summary>
    public const string Erased = "erased";

    /// <summary>Who the audit line of an erasure names: not the person, who is gone.</summary>
    public static readonly UserKey Nobody = new("system", Erased);

    public static void Erase(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var store = turn.Store;
        var id = turn.From.ToString();
        var keys = Identities.ChannelsOf(store, turn.From).Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
        var member = turn.MemberOf();

        foreach (var key in keys)
        {
            turn.Changes.Delete<Session>(key);
            turn.Changes.Delete<LinkAttempts>(key);
            turn.Changes.Delete<IdentityLink>(key);
            turn.Changes.Delete<PreferredChannel>(key);
        }

        turn.Changes.Delete<Member>(id);
        turn.Changes.Delete<RoleGrant>(id);
        foreach (var answer in store.All<Rsvp>())
        {
            if (answer.MemberId == id)
            {
                // Answers may name a stand-in and their phone.
                turn.Changes.Delete<Rsvp>(answer.Id);
            }
            else if (answer.History.Any(h => keys.Contains(h.By)))
            {
                turn.Changes.Put(answer with { History = [.. answer.History.Select(h => keys.Contains(h.By) ? h with { By = Erased } : h)] });
            }
        }

        // Comments are opinions: sensitive data, deleted with their text and history.
        foreach (var comment in store.All<Comment>().Where(c => c.MemberId == id))
        {
            turn.Changes.Delete<Comment>(comment.Id);
        }

        // A report's content stays for the organizers' work; who sent it does not.
        foreach (var report in store.All<ContentReport>().Where(r => keys.Contains(r.ReporterId)))
        {
            turn.Changes.Put(report with { ReporterId = Erased });
        }

        foreach (var code in store.All<LinkCode>().Where(c => keys.Contains(c.Person) || keys.Contains(c.Claimant ?? string.Empty) || keys.Contains(c.For ?? string.Empty)))
        {
            turn.Changes.Delete<LinkCode>(code.Id);
        }

        // The unit's answer stays (a number); the names they gave and their id do not.
        foreach (var delegation in store.All<UnitDelegation>().Where(d => keys.Contains(d.By)))
        {
            turn.Changes.Put(delegation with { Names = [], By = Erased });
        }

        // A notice that names them goes on to the others, with the name and number taken out.
        var redact = NoticeErasure.Redactor(turn, member);
        foreach (var notice in store.All<Notice>())
        {
            var text = redact?.Invoke(notice.Text) ?? notice.Text;
            if (notice.Recipients.Any(keys.Contains) || keys.Contains(notice.CreatedBy) || text != notice.Text)
            {
                turn.Changes.Put(notice with
                {
                    Text = text,
                    Recipients = [.. notice.Recipients.Where(r => !keys.Contains(r))],
                    CreatedBy = keys.Contains(notice.CreatedBy) ? Erased : notice.CreatedBy,
                });
            }
        }

        DeciderErasure.Erase(turn, keys);
        Reports.ReportErasure.Erase(turn, keys, member);
        Campaigns.CampaignErasure.Erase(turn, keys, redact);
        var traces = Traces(turn, member);
        traces.AddRange(Guests.GuestErasure.Erase(turn, keys));
        // The queues this turn signalled (the report desk) do their part of the erasure in their own turns.
        turn.Changes.Erase(new PersonalTrace([.. keys], traces.Distinct(StringComparer.Ordinal).ToList())
        {
            Redact = redact,
            WaitFor = turn.Changes.Signals.Select(s => s.From.ToString()).Where(q => !keys.Contains(q)).Distinct(StringComparer.Ordinal).ToList(),
        });
    }

    /// <summary>The words that identify them in text: name and phone as typed, stored and shown, and any draft answers.</summary>
    private static List<string> Traces(Turn turn, Member? member)
    {
        var texts = new List<string>();
        void Add(string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && value.Trim().Length >= 4)
            {
                texts.Add(value.Trim());
            }
        }

        foreach (var (name, phone) in new[] { (member?.FullName, member?.Phone), (turn.Session.Get("name"), turn.Session.Get("phone")) })
        {
            Add(name);
            if (PhoneRule.Normalize(phone) is { } normalized)
            {
                foreach (var form in PhoneRule.WrittenForms(normalized))
                {
                    Add(form);
                }
            }
        }

        return texts.Distinct(StringComparer.Ordinal).ToList();
    }
}
