using Domain.Members;
using Domain.Text;
using FakeTelegram;

namespace Benchmarks.Chaos;

/// <summary>
/// What each simulated person does in the chaos run: registers, answers the meeting, writes a
/// discussion comment; and what the organizer does: broadcasts. Unlike <see cref="Scripts"/> (whose
/// steps accept any next message, enough for timing), every step here waits for the one message that
/// answers it, recognised by its buttons' data or the catalogue's words: after a kill the bot may send
/// an earlier answer again, and that must not be taken for the answer to the step after it.
/// </summary>
internal static class ChaosScripts
{
    public const string MeetingId = "chaos-meeting";

    /// <summary>The steps of registration, at the start of <see cref="Person"/>.</summary>
    public const int RegistrationSteps = 7;

    public static string CommentOf(long i) => $"Ý kiến thử nghiệm số {i}: tăng cường tuyên truyền ở khu dân cư.";

    public static string NoticeText(int k) => $"Thông báo thử nghiệm số {k}: họp tổ lúc 8 giờ.";

    public static IReadOnlyList<Step> Person(long i, UnitCatalog units) =>
    [
        .. Registration(i, units),
        Text("/hoinghi", m => HasData(m, $"rsvp:yes:{MeetingId}")),
        Press($"rsvp:yes:{MeetingId}", m => Says(m, Texts.RsvpAttending)),
        Text("/gopy", m => HasData(m, "gy:tp:")),
        Press("gy:tp:", m => Says(m, Texts.AskCommentText)),
        Text(CommentOf(i), m => HasData(m, "gy:sp:")),
        Press("gy:sp:", m => HasData(m, "gy:send:")),
        Press("gy:send:", m => Says(m, Texts.CommentSent)),
    ];

    public static IReadOnlyList<Step> Registration(long i, UnitCatalog units)
    {
        var unit = Scripts.UnitOf(i, units);
        return
        [
            Text("/start", m => HasData(m, "reg:agree")),
            Press("reg:agree", m => Says(m, Texts.AskName)),
            Text(Scripts.NameOf(i), m => Says(m, Texts.AskPhone)),
            Text(Scripts.PhoneOf(i), m => HasData(m, $"reg:unit:{unit.Code}")),
            Press($"reg:unit:{unit.Code}", m => Says(m, Texts.AskPosition)),
            Text(Scripts.Position, m => HasData(m, "reg:confirm")),
            Press("reg:confirm", m => Says(m, Texts.SubmittedApproved)),
        ];
    }

    public static IReadOnlyList<Step> Broadcast(int k) =>
    [
        Text("/thongbao", m => Says(m, Texts.AskNoticeText)),
        Text(NoticeText(k), m => HasData(m, "bc:all")),
        Press("bc:all", m => HasData(m, "bc:b:")),
        Press("bc:b:", m => HasData(m, "bc:send")),
        Press("bc:send", m => Says(m, Texts.NoticeProgress)),
    ];

    /// <summary>Whether the message is this catalogue entry: its longest run of words between placeholders, tags and line breaks.</summary>
    public static bool Says(SentMessage message, Msg msg)
    {
        var words = msg.Vi.Split(['{', '}', '<', '>', '\n'], StringSplitOptions.TrimEntries).MaxBy(p => p.Length)!;
        return message.Method == "sendMessage" && message.Text is { } text && text.Contains(words, StringComparison.Ordinal);
    }

    private static bool HasData(SentMessage message, string prefix) =>
        message.Buttons.Any(b => b.CallbackData?.StartsWith(prefix, StringComparison.Ordinal) == true);

    private static Step Text(string text, Func<SentMessage, bool> until) =>
        new(text, user => () => user.User.SendText(text), until);

    /// <summary>Presses the first button whose data starts with <paramref name="prefix"/>, on the latest message that has one.</summary>
    private static Step Press(string prefix, Func<SentMessage, bool> until) =>
        new(
            "press " + prefix,
            user =>
            {
                var message = user.Snapshot().LastOrDefault(m => HasData(m, prefix))
                    ?? throw new InvalidOperationException($"User {user.Id}: no message has a button '{prefix}…'. Last: {user.Last()?.Text}");
                var data = message.Buttons.First(b => b.CallbackData?.StartsWith(prefix, StringComparison.Ordinal) == true).CallbackData!;
                return () => user.User.PressButton(message, data);
            },
            until);
}
