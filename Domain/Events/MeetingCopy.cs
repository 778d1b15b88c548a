using System.Globalization;
using System.Text.RegularExpressions;
using Domain.Conversations;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// A meeting copied to a new date. What only fits the old meeting is not carried over unchanged:
/// a short title naming the old date gets the new one; the plan number and the date of issue
/// belong to the old plan and are cleared. The fields the organizer should still look at are
/// named, for the card to say.
/// </summary>
public static partial class MeetingCopy
{
    public static (Meeting Copy, IReadOnlyList<Msg> Review) Make(Turn turn, Meeting source, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(source);
        var zone = turn.Settings.TimeZone;
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var oldDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(source.StartsAt, zone).DateTime);
        var newDay = DateOnly.FromDateTime(local.DateTime);
        var review = new List<Msg>();

        var shortTitle = source.ShortTitle;
        if (!string.IsNullOrWhiteSpace(shortTitle))
        {
            // A short title without the old date would make two same-named choices and files.
            var redated = Redate(shortTitle, oldDay, newDay);
            var dated = $"{shortTitle} {Day(newDay, "d/M/yyyy")}";
            if (redated is { Length: <= Meeting.ShortTitleMax })
            {
                shortTitle = redated;
            }
            else if (redated is null && dated.Length <= Meeting.ShortTitleMax)
            {
                shortTitle = dated;
                review.Add(Texts.ReviewShortTitle);
            }
            else
            {
                review.Add(Texts.ReviewShortTitleKept);
            }
        }

        if (YearPattern(oldDay.Year).IsMatch(source.Title) && oldDay.Year != newDay.Year)
        {
            review.Add(Texts.ReviewTitle);
        }

        var issuing = source.Issuing;
        if (issuing is not null)
        {
            if (issuing.PlanNumber is { Length: > 0 })
            {
                review.Add(Texts.ReviewPlanNumber);
            }

            if (issuing.IssuedOn is not null)
            {
                review.Add(Texts.ReviewIssued);
            }

            issuing = issuing with { PlanNumber = null, IssuedOn = null };
        }

        var copy = source.MovedTo(start) with { Id = NewId(turn, source, local), RsvpDeadline = Deadline(turn, start, local), ShortTitle = shortTitle, Issuing = issuing };
        return (copy, review);
    }

    /// <summary>
    /// The text with the old date put as the new one, in the same form ("27/4", "27/04/2023",
    /// "2023"); null when the text names no part of the old date. A day and month that stay the
    /// same in another year get the year, or the copy would be named like its original.
    /// </summary>
    public static string? Redate(string text, DateOnly oldDay, DateOnly newDay)
    {
        ArgumentNullException.ThrowIfNull(text);
        (string Old, string New)[] forms =
        [
            (Day(oldDay, "d/M/yyyy"), Day(newDay, "d/M/yyyy")),
            (Day(oldDay, "dd/MM/yyyy"), Day(newDay, "dd/MM/yyyy")),
            (Day(oldDay, "d/M"), Day(newDay, "d/M")),
            (Day(oldDay, "dd/MM"), Day(newDay, "dd/MM")),
            (Day(oldDay, "yyyy"), Day(newDay, "yyyy")),
        ];
        foreach (var (old, now) in forms)
        {
            var pattern = new Regex($@"(?<![\d/]){Regex.Escape(old)}(?![\d/])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (pattern.IsMatch(text))
            {
                var replacement = old == now && oldDay != newDay ? Day(newDay, "d/M/yyyy") : now;
                return pattern.Replace(text, replacement.Replace("$", "$$", StringComparison.Ordinal));
            }
        }

        return null;
    }

    private static string Day(DateOnly day, string format) => day.ToString(format, CultureInfo.InvariantCulture);

    private static Regex YearPattern(int year) => new($@"(?<!\d){year}(?!\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string NewId(Turn turn, Meeting source, DateTimeOffset local)
    {
        // Ids go into button data (64 bytes at most, "mtg:edit:Programme:" included): keep them short.
        var baseId = source.Id.Split("-20")[0];
        var stem = $"{(baseId.Length > 16 ? baseId[..16] : baseId)}-{local:yyyyMMdd}";
        var id = stem;
        for (var n = 2; turn.Store.Find<Meeting>(id) is not null; n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static DateTimeOffset Deadline(Turn turn, DateTimeOffset start, DateTimeOffset local)
    {
        // The default deadline is 17g00 two days before, as the plan's invitations went out.
        var deadlineDay = local.Date.AddDays(-2).AddHours(17);
        var deadline = new DateTimeOffset(deadlineDay, turn.Settings.TimeZone.GetUtcOffset(deadlineDay));
        return deadline <= turn.Now ? start.AddHours(-1) : deadline;
    }
}
