using Domain.Conversations;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// The plan's formal invitation, built from the meeting's data and the committee's profile: the
/// letterhead, the plan number and date, "Trân trọng kính mời Đồng chí …", the time in the plan's
/// style, the venue, the closing sentence and the signature.
/// </summary>
public static class FormalInvitation
{
    /// <summary>The whole letter, for a guest (named) or for anyone invited (no name).</summary>
    public static Html Letter(Meeting meeting, BotSettings settings, Lang lang, InvitedPerson? guest = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(settings);
        var when = MeetingFormat.When(meeting.StartsAt, settings.TimeZone, lang);
        var invite = string.IsNullOrWhiteSpace(guest?.FullName)
            ? Texts.FormalInviteAnyone.For(lang, meeting.Title)
            : Texts.FormalInviteNamed.For(lang, guest.FullName.Trim(), Particulars(guest), meeting.Title);
        var parts = new List<Html>
        {
            Letterhead(meeting, settings, lang),
            Texts.FormalInvitationTitle.For(lang),
            invite,
            Texts.FormalTime.For(lang, when),
            Texts.FormalVenue.For(lang, meeting.Venue.Place),
            Closing(meeting, lang),
        };
        return Html.Join("\n\n", parts);
    }

    /// <summary>
    /// " – Phó Trưởng ban, Ban Dân vận Quận ủy" as the plan's letters name a leader: the position,
    /// then the unit, each only when known, and nothing at all when neither is.
    /// </summary>
    public static string Particulars(InvitedPerson guest)
    {
        ArgumentNullException.ThrowIfNull(guest);
        var known = new[] { guest.Position, guest.Unit }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return known.Count == 0 ? string.Empty : " – " + string.Join(", ", known);
    }

    /// <summary>The committee's heading, then "Số: …" and the place and date when the meeting has them.</summary>
    /// <remarks>Unbolded for a template that makes the whole heading bold itself (Telegram nests no bold in bold).</remarks>
    public static Html Letterhead(Meeting meeting, BotSettings settings, Lang lang, bool bold = true)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(settings);
        var heading = settings.Organization.InvitationHeading.For(lang);
        var lines = new List<Html> { bold ? Texts.FormalHeading.For(lang, heading) : Html.Escape(heading) };
        if (meeting.Issuing?.PlanNumber is { Length: > 0 } number)
        {
            lines.Add(Texts.FormalPlanNumber.For(lang, number));
        }

        if (meeting.Issuing is { Place: { Length: > 0 } place, IssuedOn: { } on })
        {
            lines.Add(Texts.FormalIssued.For(lang, place, on.Day, on.Month, on.Year));
        }

        return Html.Join("\n", lines);
    }

    /// <summary>"Rất mong sự hiện diện của Đồng chí." and the signature block.</summary>
    public static Html Closing(Meeting meeting, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var lines = new List<Html> { Texts.FormalClosing.For(lang) };
        if (meeting.Issuing is { } issuing && (issuing.SignerTitle is { Length: > 0 } || issuing.SignerName is { Length: > 0 }))
        {
            lines.Add(Texts.FormalSignature.For(lang, issuing.SignerTitle ?? string.Empty, issuing.SignerName ?? string.Empty));
        }

        return Html.Join("\n\n", lines);
    }
}

/// <summary>Who a named letter is for: the name, and the position and unit when known.</summary>
public sealed record InvitedPerson(string FullName, string? Position = null, string? Unit = null);
