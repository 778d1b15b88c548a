using System.Globalization;
using System.Text.Json;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Reports;

/// <summary>
/// A reporting round over the fake Bot API: a units file of 14 wards and 14 member organisations,
/// one coordinator per unit seeded into the data file, the conference, and the organizer's presses
/// to open the round and ask for the summary.
/// </summary>
public static class WardRound
{
    public const string MeetingId = "hn-mxh";
    public const long FirstReporter = 61_000;
    public const int UnitCount = 28;

    /// <summary>The units in the file's order: the wards, then the member organisations.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Units =
    [
        .. Enumerable.Range(1, 14).Select(i => (string.Create(CultureInfo.InvariantCulture, $"P{i:00}"), $"Phường {i}")),
        .. Enumerable.Range(1, 14).Select(i => (string.Create(CultureInfo.InvariantCulture, $"TV{i:00}"), $"Tổ chức thành viên {i}")),
    ];

    public static long ReporterOf(int unit) => FirstReporter + unit;

    /// <summary>The bot's settings for these tests: the 28 units, and no per-person flood limit for people typing at machine speed.</summary>
    public static Dictionary<string, string?> Settings(TempFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.Combine(folder.Path, "units.json");
        if (!File.Exists(path))
        {
            var units = Units.Select((u, i) => new { code = u.Code, name = u.Name, group = i < 14 ? "Ward" : "MemberOrganization" });
            File.WriteAllText(path, JsonSerializer.Serialize(new { units }));
        }

        return new() { ["Organization:UnitsFile"] = path, ["Flood:Burst"] = "100000" };
    }

    public static Meeting Meeting { get; } = new()
    {
        Id = MeetingId,
        Title = "Hội nghị đánh giá hiệu quả các trang mạng xã hội",
        ShortTitle = "Hội nghị MXH",
        StartsAt = DateTimeOffset.UtcNow.AddDays(12),
        RsvpDeadline = DateTimeOffset.UtcNow.AddDays(10),
        Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
    };

    /// <summary>A meeting as the round's meeting picker shows it: its date beside its short title.</summary>
    public static string ChoiceOf(Meeting meeting) => MeetingFormat.Choice(meeting, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"), Lang.Vi);

    /// <summary>The meeting and, for each unit, an approved member who coordinates it.</summary>
    public static void Seed(EntityStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Put(Meeting);
        for (var i = 0; i < Units.Count; i++)
        {
            var id = $"telegram:{ReporterOf(i)}";
            store.Put(new Member
            {
                Id = id,
                FullName = $"Đầu Mối Số {i + 1}",
                Phone = string.Create(CultureInfo.InvariantCulture, $"+8491{ReporterOf(i):0000000}"),
                UnitCode = Units[i].Code,
                Position = "Ủy viên",
                Status = MemberStatus.Approved,
            });
            store.Put(new RoleGrant(id, Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
        }
    }

    /// <summary>/baocao → open → the meeting → open and send; waits until the notice has gone out and returns the message with the progress button.</summary>
    public static async Task<SentMessage> OpenAsync(Chat organizer, Meeting? meeting = null)
    {
        ArgumentNullException.ThrowIfNull(organizer);
        meeting ??= Meeting;
        await organizer.Say("/baocao", m => m.Buttons.Any(b => b.Text == Texts.OpenRoundButton.Plain(Lang.Vi)));
        await organizer.Press(Texts.OpenRoundButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == ChoiceOf(meeting)));
        await organizer.Press(ChoiceOf(meeting), m => m.Buttons.Any(b => b.Text == Texts.OpenRoundSend.Plain(Lang.Vi)));
        var opened = await organizer.Press(Texts.OpenRoundSend.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportProgressButton.Plain(Lang.Vi)));
        await organizer.Next(WardReporter.StartsWith(Texts.NoticeReport), TimeSpan.FromSeconds(60));
        return opened;
    }

    /// <summary>📋 Tiến độ → 📊 Tổng hợp; waits for the four outputs and returns them: XLSX, CSV, chart, DOCX.</summary>
    public static async Task<(SentMessage Progress, SummaryFiles Files)> SummaryAsync(Chat organizer, FakeBotApi fake)
    {
        ArgumentNullException.ThrowIfNull(organizer);
        ArgumentNullException.ThrowIfNull(fake);
        var progress = await organizer.Press(Texts.ReportProgressButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportSummaryButton.Plain(Lang.Vi)));
        var before = fake.SentTo(organizer.Id).Count;
        await organizer.Press(Texts.ReportSummaryButton.Plain(Lang.Vi));
        await Eventually.True(() => fake.SentTo(organizer.Id).Skip(before).Count(m => m.DocumentContent is not null) >= 4, TimeSpan.FromSeconds(60));
        var sent = fake.SentTo(organizer.Id).Skip(before).Where(m => m.DocumentContent is not null).ToList();
        var stem = $"{Meeting.FileStem}-2021-2023-bao-cao";
        return (progress, new SummaryFiles(
            sent.Single(m => m.DocumentFileName == $"{stem}.xlsx").DocumentContent!,
            sent.Single(m => m.DocumentFileName == $"{stem}.csv").DocumentContent!,
            sent.Single(m => m.Method == "sendPhoto"),
            sent.Single(m => m.DocumentFileName == $"{stem}-du-thao.docx").DocumentContent!));
    }

    /// <summary>The unit report of the only round, as stored.</summary>
    public static UnitReport? ReportOf(EntityStore store, int unit)
    {
        ArgumentNullException.ThrowIfNull(store);
        var round = store.All<ReportingRound>().Single();
        return store.Find<UnitReport>(UnitReport.IdFor(round.Id, Units[unit].Code));
    }
}

/// <summary>What 📊 Tổng hợp sends: the table as XLSX and CSV, the chart photo, the draft as DOCX.</summary>
public sealed record SummaryFiles(byte[] Xlsx, byte[] Csv, SentMessage Chart, byte[] Docx);
