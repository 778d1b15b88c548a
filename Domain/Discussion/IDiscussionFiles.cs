using Domain.Events;

namespace Domain.Discussion;

/// <summary>One comment in the organizers' export; texts are already in the organizer's language.</summary>
public sealed record CommentRow(
    string UnitName,
    string Author,
    string Position,
    string Topic,
    string Text,
    string WantsToSpeak,
    string Status,
    int? SpeakingOrder,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? EditedAt);

/// <summary>
/// Renders the comments of a meeting as files. The core decides what goes in them; the shell
/// writes them with the libraries made for each format.
/// </summary>
public interface IDiscussionFiles
{
    /// <summary>UTF-8 with BOM, so Excel shows Vietnamese correctly; cells starting with = + - @ neutralized.</summary>
    byte[] CommentsCsv(Meeting meeting, IReadOnlyList<CommentRow> rows);

    /// <summary>An .xlsx workbook with one sheet, every value a text cell, formulas neutralized.</summary>
    byte[] CommentsXlsx(Meeting meeting, IReadOnlyList<CommentRow> rows);
}
