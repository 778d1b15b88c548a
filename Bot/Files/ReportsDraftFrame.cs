using System.Globalization;
using System.Text.RegularExpressions;
using Domain.Conversations;
using Domain.Events;

namespace Bot.Files;

/// <summary>
/// The formal parts around the draft report's text, as the committee's documents have them: under
/// the committee's name the number line ("Số:      /BC-MTTQ-BTT", the number left for the office
/// to give), the place and date ("Quận 5, ngày 4 tháng 12 năm 2026") in the right half, and at the
/// end the signature block ("TM. BAN THƯỜNG TRỰC", the signer's title, room to sign, the name). The
/// words come from the meeting's plan: its number's office code, place of issue and signer.
/// </summary>
public static partial class ReportsDraftFrame
{
    /// <summary>Left for the place when the plan has none, so the office fills it in.</summary>
    public const string Blank = "……………";

    /// <summary>"Số:        /BC-MTTQ-BTT": a report's number in the plan's office code ("27/KH-MTTQ-BTT" → "BC-MTTQ-BTT").</summary>
    public static string NumberLine(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var office = meeting.Issuing?.PlanNumber is { } plan && PlanCode().Match(plan) is { Success: true } match ? match.Groups["office"].Value : "MTTQ";
        return $"Số:        /BC-{office}";
    }

    /// <summary>"Quận 5, ngày 4 tháng 12 năm 2026": the plan's place of issue and the day the draft is made.</summary>
    public static string PlaceAndDate(Meeting meeting, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var place = meeting.Issuing?.Place is { Length: > 0 } p ? p : Blank;
        return string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {on.Day} tháng {on.Month} năm {on.Year}");
    }

    /// <summary>The signature block's lines above the room to sign: "TM. …" first, then the signer's title.</summary>
    public static IReadOnlyList<string> SignerLines(Meeting meeting, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(organization);
        var title = (meeting.Issuing?.SignerTitle ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return title.Length > 0 && title[0].StartsWith("TM.", StringComparison.OrdinalIgnoreCase)
            ? title
            : [$"TM. {organization.InvitationHeading.Vi}", .. title];
    }

    /// <summary>The committee's name and the number line, centred in the left half; the place and date, in italics, in the right half.</summary>
    public static IEnumerable<DraftParagraph> Heading(Meeting meeting, Organization organization, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(organization);
        yield return new(organization.InvitationHeading.Vi, Bold: true, Half: DraftHalf.Left);
        yield return new(NumberLine(meeting), Half: DraftHalf.Left);
        yield return new(PlaceAndDate(meeting, on), Italic: true, Half: DraftHalf.Right);
    }

    /// <summary>The signature block in the right half: "TM. …", the title, three empty lines to sign in, the name.</summary>
    public static IEnumerable<DraftParagraph> Signature(Meeting meeting, Organization organization)
    {
        foreach (var line in SignerLines(meeting, organization))
        {
            yield return new(line, Bold: true, Half: DraftHalf.Right);
        }

        for (var i = 0; i < 3; i++)
        {
            yield return new(string.Empty, Half: DraftHalf.Right);
        }

        yield return new(meeting.Issuing?.SignerName ?? string.Empty, Bold: true, Half: DraftHalf.Right);
    }

    /// <summary>"27/KH-MTTQ-BTT": a number, the kind of document ("KH", a plan), the office code.</summary>
    [GeneratedRegex(@"^\s*[^/]*/\s*[^-\s]+-(?<office>[^\s]+)\s*$")]
    private static partial Regex PlanCode();
}
