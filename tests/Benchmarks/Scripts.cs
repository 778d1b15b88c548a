using Domain.Members;
using Domain.Text;
using FakeTelegram;

namespace Benchmarks;

/// <summary>One update of a script: what the user does, and which of the bot's messages answers it.</summary>
/// <param name="Name">Shown in traces.</param>
/// <param name="Prepare">Looks up what to press (not timed) and returns the action that enqueues the update (timed).</param>
/// <param name="Until">The message the user waits for before the next step.</param>
internal sealed record Step(string Name, Func<SimUser, Action> Prepare, Func<SentMessage, bool> Until);

/// <summary>
/// What the simulated people do. Against the bot: the real registration (consent, name, phone, unit,
/// position, confirm) and the real RSVP (/hoinghi, then ✅ Tham dự), each step waiting for the bot's answer
/// as Journeys.RegisterAsync in the tests does. Against the echo handler: the same updates (the same
/// texts, the same kinds: message or button press) answered by any message.
/// </summary>
internal static class Scripts
{
    public const int RegistrationUpdates = 7;
    public const int RsvpUpdates = 2;
    public const string Position = "Ủy viên";

    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
    private static readonly string[] Middles = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Quốc", "Thu", "Kim"];
    private static readonly string[] Givens =
        ["An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Hòa", "Khánh", "Lan", "Long", "Mai", "Nam", "Oanh", "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vy", "Yến"];

    private static readonly Lang Vi = Lang.Vi;

    public static string NameOf(long i) =>
        $"{Surnames[i % Surnames.Length]} {Middles[i / Surnames.Length % Middles.Length]} {Givens[i / 100 % Givens.Length]}";

    /// <summary>A valid Vietnamese mobile number, different for each i below 10^8.</summary>
    public static string PhoneOf(long i) => $"09{i % 100_000_000:D8}";

    public static Unit UnitOf(long i, UnitCatalog units) => units.All[(int)(i % units.All.Count)];

    public static IReadOnlyList<Step> Registration(long i, UnitCatalog units, bool echo)
    {
        var unit = UnitOf(i, units);
        return
        [
            Text("/start", HasButtons, echo),
            Press(Texts.Agree.Plain(Vi), "reg:consent:yes", Any, echo),
            Text(NameOf(i), Any, echo),
            Text(PhoneOf(i), HasButtons, echo),
            Press(unit.Name, $"reg:unit:{unit.Code}", Any, echo),
            Text(Position, HasButtons, echo),
            Press(Texts.Confirm.Plain(Vi), "reg:confirm", Any, echo),
        ];
    }

    public static IReadOnlyList<Step> Rsvp(string meetingId, bool echo) =>
    [
        Text("/hoinghi", m => m.Buttons.Any(b => b.CallbackData == $"rsvp:yes:{meetingId}"), echo),
        Press(Texts.Attend.Plain(Vi), $"rsvp:yes:{meetingId}", Any, echo),
    ];

    private static bool Any(SentMessage message) => true;

    private static bool HasButtons(SentMessage message) => message.Buttons.Any();

    private static Step Text(string text, Func<SentMessage, bool> until, bool echo) =>
        new(text, user => () => user.User.SendText(text), echo ? Any : until);

    private static Step Press(string label, string echoData, Func<SentMessage, bool> until, bool echo) =>
        new(
            "press " + label,
            user =>
            {
                if (echo)
                {
                    // The echo handler's messages have no buttons; the press carries data of the same size.
                    var last = user.Last() ?? throw new InvalidOperationException($"User {user.Id} has nothing to press.");
                    return () => user.User.PressButton(last, echoData);
                }

                var message = user.LastWithButton(label)
                    ?? throw new InvalidOperationException($"User {user.Id}: no message has a button '{label}'. Last: {user.Last()?.Text}");
                var data = message.Buttons.First(b => b.Text == label).CallbackData!;
                return () => user.User.PressButton(message, data);
            },
            echo ? Any : until);
}
