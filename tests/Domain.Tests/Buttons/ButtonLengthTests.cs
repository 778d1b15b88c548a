using System.Text;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Buttons;

/// <summary>
/// Every button of every family, built with the longest ids the bot makes or accepts, fits
/// Telegram's 64 bytes; and every registered family is among them, so none escapes the check.
/// </summary>
public sealed class ButtonLengthTests
{
    // A copied meeting: 16 characters of the source id, "-yyyyMMdd", "-n" for the n-th copy that day
    // (MeetingEditor); seeded ids are at most 24 characters (MeetingSeed).
    private static readonly string MeetingId = $"{new string('m', 16)}-20271231-999";

    // Telegram user ids have at most 52 significant bits; Zalo ids are decimal strings of up to 19 digits.
    private static readonly UserKey TelegramUser = new("telegram", "4503599627370495");
    private static readonly UserKey ZaloUser = new("zalo", "9999999999999999999");

    // A unit code in the units file: up to 20 letters, digits, '_' or '-' (UnitFile).
    private static readonly string UnitCode = new('U', 20);

    // A comment reminder sent twice in one second: "yk" + yyMMdd-HHmmss + channel letter and id + "-" + 4 (UnitProgress).
    private static readonly string NoticeId = $"yk270510-235959-z{ZaloUser.Id}-abcd";

    // A campaign: "cd" + yyMMdd-HHmmss + "-" + the organizer's channel letter and id (CampaignComposeActions).
    private static readonly string CampaignId = $"cd270510-235959-z{ZaloUser.Id}";

    // A report conversation's nonce: 6 hex digits (ReportActions.NewNonce); report numbers of up to
    // 7 digits and queue pages of up to 4 are accepted (QueueButton).
    private const string ReportNonce = "ffffff";
    private const int ReportNumber = 9_999_999;
    private const int ReportPage = 9_999;

    public static IEnumerable<ButtonSample> Longest()
    {
        var meetingKey = Comment.MeetingKey(MeetingId);
        var commentId = Comment.NewId(MeetingId, ZaloUser.ToString(), DateTimeOffset.UnixEpoch);
        return
        [
            .. RsvpButtonTests.Samples(MeetingId),
            .. BasicButtonTests.Samples(),
            .. MeetingButtonTests.Samples(MeetingId, NoticeId),
            .. MemberButtonTests.Samples(TelegramUser, ZaloUser, UnitCode),
            .. MemberButtonTests.Samples(ZaloUser, TelegramUser, UnitCode),
            .. LinkButtonTests.Samples(ZaloUser, "m99999999"),
            .. LinkButtonTests.Samples(TelegramUser, "999999"),
            .. FlowButtonTests.Samples(MeetingId, UnitCode),
            .. DiscussionButtonTests.Samples(meetingKey, commentId, "ffffff"),
            .. BroadcastButtonTests.Samples(MeetingId, UnitCode),
            .. GuestButtonSamples.Samples(MeetingId, GuestButtonSamples.LongestGuestId, ZaloUser.ToString(), UnitCode),
            .. CampaignButtonSamples.Samples(CampaignId, UnitCode),
            .. ContentReportButtonSamples.Samples(ReportNonce, ReportNumber, ReportPage),
            .. WardReportButtonSamples.Samples(MeetingId, UnitCode, ZaloUser.ToString()),
        ];
    }

    public static TheoryData<ButtonSample> All() => Codec.Data(Longest());

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_with_the_longest_ids_fits_64_bytes_and_decodes_back(ButtonSample sample)
    {
        Assert.InRange(Encoding.UTF8.GetByteCount(sample.Button.Encode()), 1, ButtonData.MaxBytes);
        Codec.RoundTrips(sample);
    }

    [Fact]
    public void Every_registered_button_family_is_checked_here()
    {
        var router = CoreHandlers.CreateRouter(ConversationDriver.Units, new StubEventFiles(), new StubDiscussionFiles(), new StubTeamFiles(), new StubGuestFiles());

        Assert.Equal(router.ButtonFlows.Order(StringComparer.Ordinal), Longest().Select(s => s.Flow).Distinct().Order(StringComparer.Ordinal));
    }
}
