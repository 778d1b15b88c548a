using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>Small helpers the member and organizer sides of the discussion share.</summary>
public static class CommentFormat
{
    /// <summary>How many characters a comment may have, counted as Telegram counts them (UTF-16, NFC).</summary>
    public const int MaxLength = 3000;

    public const int MinLength = 5;

    /// <summary>Meetings that still take comments: those that have not started.</summary>
    public static IReadOnlyList<Meeting> OpenMeetings(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Store.All<Meeting>().Where(m => !m.IsPast(turn.Now)).OrderBy(m => m.StartsAt).ToList();
    }

    /// <summary>The meeting behind a short key from button data, if there is one.</summary>
    public static Meeting? FindMeeting(IReadModel store, string? key)
    {
        ArgumentNullException.ThrowIfNull(store);
        return key is null ? null : store.All<Meeting>().FirstOrDefault(m => Comment.MeetingKey(m.Id) == key);
    }

    public static string Key(this Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return Comment.MeetingKey(meeting.Id);
    }

    public static string TopicName(Lang lang, string? topic) => topic ?? Texts.TopicOther.Plain(lang);

    /// <summary>Where a topic comes in the meeting's programme of contents; "other" comes last.</summary>
    public static int TopicRank(Meeting meeting, string? topic)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var index = topic is null ? -1 : meeting.Contents.ToList().IndexOf(topic);
        return index < 0 ? int.MaxValue : index;
    }

    public static string YesNo(Lang lang, bool yes) => (yes ? Texts.SpeakAnswerYes : Texts.SpeakAnswerNo).Plain(lang);

    public static string StatusName(Lang lang, CommentStatus status) => (status switch
    {
        CommentStatus.Seen => Texts.CommentStatusSeen,
        CommentStatus.Hidden => Texts.CommentStatusHidden,
        CommentStatus.Selected => Texts.CommentStatusSelected,
        CommentStatus.Withdrawn => Texts.CommentStatusWithdrawn,
        _ => Texts.CommentStatusNew,
    }).Plain(lang);

    /// <summary>The author's name, or a note that they erased their data.</summary>
    public static string AuthorName(IReadModel store, Comment comment, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(comment);
        return store.Find<Member>(comment.MemberId)?.FullName ?? Texts.CommentAuthorErased.Plain(lang);
    }

    /// <summary>The start of a long text, cut at a word, for lists and button labels.</summary>
    public static string Excerpt(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = NameRule.Collapse(text);
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length - 1);
        var end = cut > length / 2 ? cut : length - 1;

        // Never half an emoji: a lone surrogate is not valid text for Telegram.
        return flat[..(char.IsHighSurrogate(flat[end - 1]) ? end - 1 : end)] + "…";
    }

    /// <summary>3.001 in Vietnamese, 3,001 in English.</summary>
    public static string Count(int count, Lang lang) => Reports.ReportNumbers.Format(count, lang);

    /// <summary>
    /// The text as it is kept: NFC (so the count is what the reader sees), line breaks as LF, no
    /// control characters but tabs and line breaks, no blank space around it.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(System.Text.NormalizationForm.FormC).ReplaceLineEndings("\n");
        return new string(normalized.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
    }
}
