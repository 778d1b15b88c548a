using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Fuzz;

/// <summary>
/// Several people and organizers on Telegram, Zalo and the console, talking to the real core
/// (<see cref="ConversationDriver"/>: the real router and handlers over <see cref="MemoryStore"/>).
/// Each action becomes the inbound event that channel's mapping would produce for it: Telegram sends
/// commands, texts, button presses with a callback id, contacts with their owner; Zalo and the
/// console type numbers or labels that press the choices shown last (and Zalo has no contact button);
/// the console's contact is always the person's own.
/// </summary>
public sealed class FuzzWorld
{
    public static readonly UserKey[] Cast =
    [
        new("telegram", "101"),
        new("telegram", "102"),
        new("zalo", "z201"),
        new("zalo", "z202"),
        new("console", "3001"),
        new("telegram", "9001"),
        new("zalo", "z900"),
        new("console", "1001"),
    ];

    /// <summary>The configured organizers among <see cref="Cast"/>: one on each channel.</summary>
    public static readonly IReadOnlySet<UserKey> Organizers = new HashSet<UserKey> { Cast[5], Cast[6], Cast[7] };

    private readonly Dictionary<UserKey, IReadOnlyList<(string Label, string? Data)>> shownChoices = [];
    private readonly List<string> everShown = [];
    private readonly Dictionary<(Type, string), string> owners = [];
    private readonly FuzzSecrets secrets = new();
    private int callbacks;

    public FuzzWorld()
    {
        Driver = new ConversationDriver(Meetings.Settings([.. Organizers]));
        Meetings.Put(Driver);
        // A meeting of the day as well, whose door opens at once: people check in during the run.
        Meetings.Put(Driver, Meetings.Sample("hn-today", Driver.Now.AddMinutes(40), Driver.Now.AddMinutes(20), title: "Họp giao ban tuyên truyền viên"));
    }

    public ConversationDriver Driver { get; }

    /// <summary>The inbound event the actor's channel would produce for the action; null when that channel cannot produce one.</summary>
    public Inbound? Resolve(UserKey actor, FuzzAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var buttons = actor.Channel != "telegram";
        switch (action)
        {
            case FuzzAction.Type type:
                return Typed(actor, type.Text);
            case FuzzAction.PressShown press:
                if (buttons)
                {
                    // Zalo and the console show numbered choices: the person types the number.
                    return Typed(actor, ((press.Index % 9) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                var message = Driver.LastWithButtons(actor);
                var all = message?.Buttons.SelectMany(r => r).ToList();
                return all is { Count: > 0 } ? Press(all[press.Index % all.Count].Data) : Typed(actor, "/start");
            case FuzzAction.Cooperate cooperate:
                var shown = buttons ? shownChoices.GetValueOrDefault(actor) : Driver.LastWithButtons(actor)?.Buttons.SelectMany(r => r).Select(b => (b.Label, (string?)b.Data)).ToList();
                var next = Cooperation.Next(Driver, actor, cooperate.Seed, shown is { Count: > 0 }, secrets);
                if (next is not null || shown is not { Count: > 0 })
                {
                    return Typed(actor, next ?? "/help");
                }

                // Mostly the first buttons (Đồng ý, Xác nhận, Tham dự, Gửi, Duyệt), sometimes any.
                var index = cooperate.Seed % 3 == 0 ? cooperate.Seed / 3 % shown.Count : cooperate.Seed % Math.Min(2, shown.Count);
                return buttons
                    ? Typed(actor, (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    : Press(shown[index].Data!);
            case FuzzAction.PressStale stale:
                return everShown.Count == 0 ? null : Press(everShown[stale.Index % everShown.Count], buttons);
            case FuzzAction.PressForged forged:
                // Only a modified client sends data it was never shown; on Zalo and the console a
                // person cannot send button data at all.
                return buttons ? Typed(actor, forged.Data) : Press(forged.Data);
            case FuzzAction.Contact contact when actor.Channel == "telegram":
                var owner = contact.NoOwner ? null : contact.OwnerOf is { } other ? Cast[other % Cast.Length].Id : actor.Id;
                return new ContactIn(contact.Phone, owner);
            case FuzzAction.Contact contact when actor.Channel == "console":
                return new ContactIn(contact.Phone, actor.Id);
            case FuzzAction.Contact contact:
                return Typed(actor, contact.Phone);
            case FuzzAction.Media media when actor.Channel == "zalo":
                return media.Photo ? new MediaIn(MediaKind.Photo, "https://photo.zalo.example/p/1.jpg", null, media.Caption) : new UnsupportedIn("message.file.received");
            case FuzzAction.Media media when actor.Channel == "console":
                return new MediaIn(media.Photo ? MediaKind.Photo : MediaKind.Document, "console-file:giay-moi.jpg", "giay-moi.jpg", null);
            case FuzzAction.Media media:
                return new MediaIn(media.Photo ? MediaKind.Photo : MediaKind.Document, "AgACAgIAAxkBAAIB" + callbacks, media.Photo ? null : "ke-hoach.pdf", media.Caption);
            case FuzzAction.Wait wait:
                Driver.Now = Driver.Now.AddMinutes(wait.Minutes);
                return null;
            case FuzzAction.Unsupported unsupported:
                return new UnsupportedIn(unsupported.What);
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "An action the fuzz world does not know.");
        }
    }

    /// <summary>Runs one event of <paramref name="actor"/> (and the signals it writes) and returns what the turns decided.</summary>
    public IReadOnlyList<(InboundEnvelope Input, ChangeSet Changes)> Run(UserKey actor, Inbound input)
    {
        var before = Driver.Turns.Count;
        Driver.Send(actor, input);
        Driver.Now = Driver.Now.AddSeconds(7);
        var turns = Driver.Turns.Skip(before).ToList();
        foreach (var delivery in turns.SelectMany(t => t.Changes.Deliveries))
        {
            Remember(delivery);
        }

        return turns;
    }

    /// <summary>
    /// What the shell's background services post once time has passed: due reminders (meetings,
    /// reports, campaigns) and the final report of every notice not finished yet, as if its sender
    /// were done; a throw in one of them stops the real bot.
    /// </summary>
    public IReadOnlyList<(InboundEnvelope Input, ChangeSet Changes)> Background()
    {
        var before = Driver.Turns.Count;
        var (store, now) = (Driver.Store, Driver.Now);
        var posted = Domain.Events.Reminders.Due(store, Driver.Settings.Reminders, now).Select(due => Domain.Events.Reminders.Signal(due, now))
            .Concat(Domain.Reports.ReportReminders.Due(store, Driver.Settings.Reminders, now).Select(due => Domain.Reports.ReportReminders.Signal(due, now)))
            .Concat(Domain.Campaigns.CampaignSchedule.Due(store, Driver.Settings, now))
            .Concat(store.All<Domain.Notices.Notice>().Where(n => n.FinishedAt is null).Select(n => Domain.Notices.NoticeAdmin.Done(n, n.Recipients.Count, 0, [], 0, now)))
            .ToList();
        foreach (var envelope in posted)
        {
            Driver.Deliver(envelope);
        }

        var turns = Driver.Turns.Skip(before).ToList();
        foreach (var delivery in turns.SelectMany(t => t.Changes.Deliveries))
        {
            Remember(delivery);
        }

        return turns;
    }

    private void Remember(Delivery delivery)
    {
        switch (delivery.Message)
        {
            case TextOut text:
                secrets.Note(text.Text.Value);
                var choices = text.Buttons.Count > 0
                    ? text.Buttons.SelectMany(r => r).Select(b => (b.Label, (string?)b.Data)).ToList()
                    : text.Keyboard?.Keys.Select(k => (k, (string?)null)).ToList() ?? [];
                shownChoices[delivery.To] = choices;
                everShown.AddRange(text.Buttons.SelectMany(r => r).Select(b => b.Data));
                break;
        }
    }

    private Inbound Typed(UserKey actor, string text)
    {
        if (CommandIn.TryParse(text) is { } command)
        {
            return command;
        }

        if (actor.Channel != "telegram" && shownChoices.TryGetValue(actor, out var shown))
        {
            var typed = text.Trim().TrimEnd('.', ')');
            var picked = int.TryParse(typed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= shown.Count
                ? shown[n - 1]
                : shown.FirstOrDefault(c => actor.Channel == "zalo" && string.Equals(c.Label.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
            if (picked.Label is not null)
            {
                return picked.Data is { } data ? new ButtonIn(data, null, shown.Count) : new TextIn(picked.Label);
            }
        }

        return new TextIn(text);
    }

    private ButtonIn Press(string data) => new(data, $"cb{++callbacks}", callbacks);

    private ButtonIn Press(string data, bool numbered) => numbered ? new ButtonIn(data, null, 1) : Press(data);

    /// <summary>Whose record this was (profiles, answers, comments, roles), for a deletion.</summary>
    public string? OwnerOf(Type type, string id) => owners.GetValueOrDefault((type, id));

    public void NoteOwners(ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var entity in changes.Upserts)
        {
            if (FuzzInvariants.OwnerOf(entity) is { } owner)
            {
                owners[(entity.GetType(), entity.Id)] = owner;
            }
        }
    }

    /// <summary>Who may change other people's records: configured organizers and members made organizers.</summary>
    public bool IsOrganizer(UserKey actor) =>
        Access.RoleOf(Driver.Store, Driver.Settings, Identities.PersonOf(Driver.Store, actor)) == Role.Organizer;
}
