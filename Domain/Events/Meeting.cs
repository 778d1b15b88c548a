namespace Domain.Events;

public sealed record Venue(string Name, string Address, double Latitude, double Longitude)
{
    /// <summary>
    /// The name and the address in one line, the street said once: "Hội trường 118 Ngô Quyền" and
    /// "118 Ngô Quyền, Phường 8, Quận 5" read "Hội trường 118 Ngô Quyền, Phường 8, Quận 5".
    /// </summary>
    public string Place
    {
        get
        {
            var name = Name.Trim();
            var address = Address.Trim();
            if (address.Length == 0 || name.Contains(address, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }

            if (name.Length == 0 || address.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return address;
            }

            var comma = address.IndexOf(',', StringComparison.Ordinal);
            var street = (comma < 0 ? address : address[..comma]).Trim();
            return street.Length > 0 && name.EndsWith(street, StringComparison.OrdinalIgnoreCase)
                ? name + address[(comma < 0 ? address.Length : comma)..]
                : $"{name}, {address}";
        }
    }
}

/// <summary>
/// What a formal document of the committee carries besides its text: "Số: 27/KH-MTTQ-BTT", where and
/// when it was issued ("Quận 5, ngày 21 tháng 4 năm 2023") and who signs ("TM. BAN THƯỜNG TRỰC /
/// PHÓ CHỦ TỊCH", "Trần Nam Đức").
/// </summary>
public sealed record IssuingDetails
{
    public string? PlanNumber { get; init; }

    public string? Place { get; init; }

    public DateOnly? IssuedOn { get; init; }

    /// <summary>The signer's title, one line per line of the signature block.</summary>
    public string? SignerTitle { get; init; }

    public string? SignerName { get; init; }
}

/// <summary>
/// A conference or meeting the team is invited to. Times are stored with their offset
/// (+07:00 for Asia/Ho_Chi_Minh) and shown in the plan's style.
/// </summary>
public sealed record Meeting : IEntity
{
    /// <summary>Short and link-safe (letters, digits, _ and -), used in buttons.</summary>
    public required string Id { get; init; }

    /// <summary>The full title, as the plan writes it; notices and reminders show it.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// At most <see cref="ShortTitleMax"/> characters ("Hội nghị MXH 27/4"), for buttons, progress
    /// lines and file names, where a 150-character title is cut off on a phone.
    /// </summary>
    public string? ShortTitle { get; init; }

    public const int ShortTitleMax = 40;

    /// <summary>The short title, or the full one shortened when none was given.</summary>
    public string Label => string.IsNullOrWhiteSpace(ShortTitle) ? Shorten(Title) : ShortTitle;

    /// <summary>File names: the short title in plain letters ("hoi-nghi-mxh-27-4"), or the id without one.</summary>
    public string FileStem => string.IsNullOrWhiteSpace(ShortTitle) ? Id : FileNames.Slug(ShortTitle, Id);

    public required DateTimeOffset StartsAt { get; init; }

    public required Venue Venue { get; init; }

    /// <summary>When answers close; after it an answer can no longer change.</summary>
    public required DateTimeOffset RsvpDeadline { get; init; }

    /// <summary>How many people the plan expects; more attending than this is a warning.</summary>
    public int Expected { get; init; }

    public IReadOnlyList<string> Invited { get; init; } = [];

    public IReadOnlyList<string> Contents { get; init; } = [];

    public IReadOnlyList<string> Programme { get; init; } = [];

    /// <summary>When it ends; without it, four hours after the start (a morning's conference).</summary>
    public DateTimeOffset? EndsAt { get; init; }

    public DateTimeOffset Ends => EndsAt ?? StartsAt.AddHours(4);

    /// <summary>The plan's formal particulars, for the invitation block (see <see cref="FormalInvitation"/>).</summary>
    public IssuingDetails? Issuing { get; init; }

    public bool IsPast(DateTimeOffset now) => now >= StartsAt;

    /// <summary>The same meeting at another start; an end that was given keeps its length.</summary>
    public Meeting MovedTo(DateTimeOffset start) => this with { StartsAt = start, EndsAt = EndsAt is { } end ? start + (end - StartsAt) : null };

    public bool AcceptsAnswers(DateTimeOffset now) => now < RsvpDeadline && !IsPast(now);

    private static string Shorten(string title)
    {
        if (title.Length <= ShortTitleMax)
        {
            return title;
        }

        var cut = title[..(ShortTitleMax - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > ShortTitleMax / 2 ? cut[..space] : cut).TrimEnd(' ', ',', '-', '–') + "…";
    }
}
