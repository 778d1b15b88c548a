using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Notices;

/// <summary>
/// Who a notice goes to, as stored in the compose draft: "all", "pending", "units:P01,P02",
/// "group:Ward", or "rsvp:MEETING:Attending|Declined|Delegated|None".
/// </summary>
public static class Audience
{
    public static IReadOnlyList<UserKey> Resolve(IReadModel store, UnitCatalog units, string? spec)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        var members = store.All<Member>();
        var approved = members.Where(m => m.Status == MemberStatus.Approved);
        var chosen = (spec ?? string.Empty).Split(':', 3) switch
        {
            ["all"] => approved,
            ["pending"] => members.Where(m => m.Status == MemberStatus.Pending),
            ["units", var codes] => approved.Where(m => codes.Split(',').Contains(m.UnitCode, StringComparer.OrdinalIgnoreCase)),
            ["group", var group] when Enum.TryParse<UnitGroup>(group, out var g) => approved.Where(m => units.Find(m.UnitCode)?.Group == g),
            ["rsvp", var meetingId, var answer] => ByAnswer(store, approved, meetingId, answer),
            _ => [],
        };
        return chosen.Select(m => UserKey.Parse(m.Id)).ToList();
    }

    /// <summary>The audience in words, for the preview, the history and the audit.</summary>
    public static string Describe(IReadModel store, UnitCatalog units, string? spec, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        return (spec ?? string.Empty).Split(':', 3) switch
        {
            ["all"] => Texts.AudienceAll.Plain(lang),
            ["pending"] => Texts.AudiencePending.Plain(lang),
            ["units", var codes] => string.Join(", ", codes.Split(',').Select(units.NameOf)),
            ["group", var group] => GroupName(lang, group),
            ["rsvp", var meetingId, var answer] => Texts.AudienceByAnswer.For(lang, AnswerName(lang, answer), store.Find<Meeting>(meetingId)?.Label ?? meetingId).ToPlain(),
            _ => "?",
        };
    }

    public static string GroupName(Lang lang, string group) => (group switch
    {
        nameof(UnitGroup.Ward) => Texts.GroupWards,
        nameof(UnitGroup.District) => Texts.GroupDistrict,
        nameof(UnitGroup.MemberOrganization) => Texts.GroupMemberOrganizations,
        nameof(UnitGroup.Neighbourhood) => Texts.GroupNeighbourhood,
        nameof(UnitGroup.Guest) => Texts.GroupGuests,
        _ => Texts.GroupOther,
    }).Plain(lang);

    public static string AnswerName(Lang lang, string answer) => (answer switch
    {
        nameof(RsvpAnswer.Attending) => Texts.AnswerAttending,
        nameof(RsvpAnswer.Declined) => Texts.AnswerDeclined,
        nameof(RsvpAnswer.Delegated) => Texts.AnswerDelegatedShort,
        _ => Texts.AnswerNone,
    }).Plain(lang);

    private static IEnumerable<Member> ByAnswer(IReadModel store, IEnumerable<Member> approved, string meetingId, string answer)
    {
        var answers = store.All<Rsvp>().Where(r => r.EventId == meetingId).ToDictionary(r => r.MemberId, r => r.Answer.ToString());
        return approved.Where(m => (answers.GetValueOrDefault(m.Id) ?? "None") == answer);
    }
}
