using Domain.Conversations;
using Domain.Notices;
using Domain.Text;
using Domain.Users;

namespace Domain.Tests.Support;

/// <summary>Composes broadcasts by chat, reads what they sent, and runs the sender's signals as the shell does.</summary>
public static class Broadcasts
{
    public const string Text = "Kính mời các đồng chí dự hội nghị tuyên truyền viên.";

    /// <summary>The id the first notice of <see cref="ConversationDriver.Organizer"/> gets at the driver's start time.</summary>
    public const string FirstId = "tb250301-090000-t9001";

    /// <summary>
    /// Walks an organizer from /thongbao to the preview: the text, the audience presses (everyone
    /// unless told) and the answer buttons of <paramref name="meetingId"/> (none unless told).
    /// </summary>
    public static void ToPreview(ConversationDriver driver, UserKey organizer, string text = Text, string[]? audience = null, string? meetingId = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        driver.Command(organizer, "/thongbao");
        driver.Text(organizer, text);
        foreach (var data in audience ?? ["bc:all"])
        {
            driver.Press(organizer, data);
        }

        driver.Press(organizer, $"bc:b:{meetingId}");
    }

    /// <summary>Composes and sends; answers the notice stored by the press on Gửi.</summary>
    public static Notice Send(ConversationDriver driver, UserKey organizer, string text = Text, string[]? audience = null, string? meetingId = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ToPreview(driver, organizer, text, audience, meetingId);
        driver.Press(organizer, "bc:send");
        return Assert.Single(driver.Turns[^1].Changes.Upserts.OfType<Notice>());
    }

    /// <summary>The notice's first words, as organizers see it named.</summary>
    public static string Opening(Notice notice) => NoticeLabel.Opening(notice);

    /// <summary>When the notice was sent, on the test settings' clock.</summary>
    public static string SentAt(Notice notice, Lang lang = Lang.Vi) => NoticeLabel.SentAt(notice, Meetings.Saigon, lang);

    public static Notice? NoticeOf(this ConversationDriver driver, string id)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.Store.Find<Notice>(id);
    }

    /// <summary>Every message every turn so far decided to send, with its priority and tag.</summary>
    public static IReadOnlyList<Delivery> Deliveries(this ConversationDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.Turns.SelectMany(t => t.Changes.Deliveries).ToList();
    }

    /// <summary>The messages of one notice (those carrying its tag).</summary>
    public static IReadOnlyList<Delivery> Tagged(this ConversationDriver driver, string tag) =>
        driver.Deliveries().Where(d => d.Tag == tag).ToList();

    /// <summary>Runs an envelope the shell posts (the sender's monitor, say) as a turn of its user.</summary>
    public static void Deliver(this ConversationDriver driver, InboundEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(envelope);
        driver.Send(envelope.From, envelope.Event);
    }

    /// <summary>Puts a notice straight into the store.</summary>
    public static Notice Seed(
        ConversationDriver driver,
        string id,
        DateTimeOffset createdAt,
        NoticeStatus status = NoticeStatus.Sending,
        string text = Text,
        IReadOnlyList<UserKey>? recipients = null,
        UserKey? createdBy = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var notice = new Notice
        {
            Id = id,
            Text = text,
            Audience = "Tất cả thành viên",
            Recipients = (recipients ?? []).Select(r => r.ToString()).ToList(),
            CreatedBy = (createdBy ?? ConversationDriver.Organizer).ToString(),
            CreatedAt = createdAt,
            Status = status,
            FinishedAt = status == NoticeStatus.Done ? createdAt.AddMinutes(5) : null,
        };
        driver.Store.Put(notice);
        return notice;
    }
}
