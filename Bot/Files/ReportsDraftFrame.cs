using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
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
    /// <summary>Half of the text width of an A4 page with the draft's margins, in twentieths of a point.</summary>
    public const int HalfWidth = 4677;

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
    public static IEnumerable<Paragraph> Heading(Meeting meeting, Organization organization, DateOnly on, Func<string, bool, bool, Paragraph> paragraph)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(paragraph);
        yield return Half(paragraph(organization.InvitationHeading.Vi, true, false), left: true);
        yield return Half(paragraph(NumberLine(meeting), false, false), left: true);
        yield return Half(paragraph(PlaceAndDate(meeting, on), false, true), left: false);
    }

    /// <summary>The signature block in the right half: "TM. …", the title, three empty lines to sign in, the name.</summary>
    public static IEnumerable<Paragraph> Signature(Meeting meeting, Organization organization, Func<string, bool, bool, Paragraph> paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        foreach (var line in SignerLines(meeting, organization))
        {
            yield return Half(paragraph(line, true, false), left: false);
        }

        for (var i = 0; i < 3; i++)
        {
            yield return Half(paragraph(string.Empty, false, false), left: false);
        }

        yield return Half(paragraph(meeting.Issuing?.SignerName ?? string.Empty, true, false), left: false);
    }

    private static Paragraph Half(Paragraph paragraph, bool left)
    {
        var indentation = left
            ? new Indentation { Right = HalfWidth.ToString(CultureInfo.InvariantCulture) }
            : new Indentation { Left = HalfWidth.ToString(CultureInfo.InvariantCulture) };
        paragraph.PrependChild(new ParagraphProperties(indentation, new Justification { Val = JustificationValues.Center }));
        return paragraph;
    }

    /// <summary>"27/KH-MTTQ-BTT": a number, the kind of document ("KH", a plan), the office code.</summary>
    [GeneratedRegex(@"^\s*[^/]*/\s*[^-\s]+-(?<office>[^\s]+)\s*$")]
    private static partial Regex PlanCode();
}
