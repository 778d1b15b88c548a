using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Tests.Support;

/// <summary>
/// Runs the real core in memory through the same turn as the shell's TurnRunner
/// (<see cref="TurnExecution"/>), stores the turn's changes, records what was sent, and then runs
/// every signal the turn wrote as a turn of its target user.
/// </summary>
public sealed class ConversationDriver
{
    public static readonly UserKey Organizer = new("tg", "9001");

    private readonly Router router;
    private readonly List<Delivery> deliveries = [];
    private readonly List<AuditEntry> audit = [];
    private readonly Dictionary<UserKey, int> read = [];
    private int inboundCount;

    public ConversationDriver(BotSettings? settings = null, MemoryStore? store = null)
    {
        Settings = settings ?? new BotSettings { Organizers = new HashSet<UserKey> { Organizer } };
        Store = store ?? new MemoryStore();
        router = CoreHandlers.CreateRouter(Units, Files, DiscussionFiles, TeamFiles, GuestFiles, CampaignFiles, ReportFiles, WardReportFiles);
        Screens = new NumberedScreens(Store);
    }

    /// <summary>The chats shown numbered choices instead of buttons (as on Zalo and the console); none unless added.</summary>
    public NumberedScreens Screens { get; }

    public StubEventFiles Files { get; } = new();

    public StubDiscussionFiles DiscussionFiles { get; } = new();

    public StubGuestFiles GuestFiles { get; } = new();

    public Campaigns.StubCampaignFiles CampaignFiles { get; } = new();

    public StubTeamFiles TeamFiles { get; } = new();

    public StubReportFiles ReportFiles { get; } = new();

    public Reports.StubWardReportFiles WardReportFiles { get; } = new();

    public static UnitCatalog Units { get; } = new(
        Enumerable.Range(1, 14)
            .Select(i => new Unit($"P{i:00}", $"Phường {i}", UnitGroup.Ward))
            .Append(new Unit("BTT", "Ban Thường trực", UnitGroup.District))
            .Append(new Unit("HPN", "Hội Liên hiệp Phụ nữ", UnitGroup.MemberOrganization)));

    public MemoryStore Store { get; }

    public BotSettings Settings { get; }

    public DateTimeOffset Now { get; set; } = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));

    public IReadOnlyList<AuditEntry> Audit => audit;

    /// <summary>Every turn run so far (signals included), with what it decided.</summary>
    public List<(InboundEnvelope Input, ChangeSet Changes)> Turns { get; } = [];

    public void Send(UserKey from, Inbound input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var queue = new Queue<InboundEnvelope>();
        queue.Enqueue(new InboundEnvelope($"in:{++inboundCount}", from, input, Now));
        while (queue.TryDequeue(out var received))
        {
            var envelope = received.AsPerson(Identities.PersonOf(Store, received.From));
            var turn = TurnExecution.Run(router, received, envelope.From, Store, Settings, Now, Rethrow);
            Store.Apply(turn.Changes);
            Screens.Show(received, turn.Changes.Deliveries);
            deliveries.AddRange(turn.Changes.Deliveries);
            audit.AddRange(turn.Changes.Audit);
            Turns.Add((envelope, turn.Changes));
            foreach (var signal in turn.Changes.Signals)
            {
                queue.Enqueue(signal);
            }
        }
    }

    /// <summary>A handler's bug fails the test where it happened instead of becoming an apology.</summary>
    private static void Rethrow(Exception failure, InboundEnvelope input) =>
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);

    public void Text(UserKey from, string text) => Send(from, new TextIn(text));

    public void Command(UserKey from, string text) =>
        Send(from, CommandIn.TryParse(text) ?? throw new ArgumentException($"'{text}' is no command.", nameof(text)));

    public void Contact(UserKey from, string phone, string? ownerId) => Send(from, new ContactIn(phone, ownerId));

    public void Sticker(UserKey from) => Send(from, new UnsupportedIn("sticker"));

    /// <summary>Sends button data as the client would, whether or not the user was shown it.</summary>
    public void PressData(UserKey from, string data) => Send(from, new ButtonIn(data, "cb", 1));

    /// <summary>Presses a button (by label or data) of the last message with buttons the user was shown.</summary>
    public void Press(UserKey from, string labelOrData)
    {
        var message = LastWithButtons(from) ?? throw new InvalidOperationException($"{from} was shown no buttons.");
        var button = message.Buttons.SelectMany(row => row).FirstOrDefault(b => b.Label == labelOrData || b.Data == labelOrData)
            ?? throw new InvalidOperationException(
                $"{from} was not shown '{labelOrData}'; the buttons are: {string.Join(", ", message.Buttons.SelectMany(r => r).Select(b => $"{b.Label} ({b.Data})"))}");
        Send(from, new ButtonIn(button.Data, "cb", deliveries.FindLastIndex(d => d.Message == message)));
    }

    /// <summary>What was sent to the user since the last call for that user.</summary>
    public IReadOnlyList<Outbound> Replies(UserKey to)
    {
        var all = AllSentTo(to);
        var from = read.GetValueOrDefault(to);
        read[to] = all.Count;
        return all.Skip(from).ToList();
    }

    /// <summary>The texts (not button answers) sent to the user since the last call, as HTML.</summary>
    public IReadOnlyList<string> TextsTo(UserKey to) => Replies(to).OfType<TextOut>().Select(t => t.Text.Value).ToList();

    public IReadOnlyList<Outbound> AllSentTo(UserKey to) => deliveries.Where(d => d.To == to).Select(d => d.Message).ToList();

    public TextOut? LastWithButtons(UserKey to) => AllSentTo(to).OfType<TextOut>().LastOrDefault(t => t.Buttons.Count > 0);

    public Session? SessionOf(UserKey user) => Store.Find<Session>(user.ToString());

    public Member? MemberOf(UserKey user) => Store.Find<Member>(user.ToString());
}
