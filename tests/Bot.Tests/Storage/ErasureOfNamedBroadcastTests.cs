using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Notices;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Storage;

/// <summary>
/// A notice that names a person who then erases their data still reaches the others, with their
/// name and number shown as "(đã xóa)": in the stored notice, in the message not sent yet, and
/// nowhere in the data file.
/// </summary>
public sealed class ErasureOfNamedBroadcastTests : OverFakeTelegram
{
    private const long PersonId = 7_355_608_456;
    private const long ReaderId = 42_425;
    private const string Name = "Đặng Thị Khen Thưởng";
    private const string Phone = "0912345678";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Flood:Burst"] = "1000",
        ["Delivery:FirstBackoff"] = "00:00:00.100",
        ["Delivery:MaxBackoff"] = "00:00:00.300",
        ["Delivery:MaxAttempts"] = "10000",
    };

    [Fact]
    public async Task A_notice_naming_the_erased_person_goes_on_to_the_others_without_their_name_or_number()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, Settings);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var person = new Chat(Fake, PersonId, "Khen");
        var reader = new Chat(Fake, ReaderId);
        var store = bot.Service<EntityStore>();
        await Journeys.RegisterAsync(person, Name, Phone, "Phường 8", "Tổ trưởng");
        await Journeys.ApproveAsync(organizer, Name);
        await person.Next(m => m.Text!.Contains("duyệt", StringComparison.OrdinalIgnoreCase));
        store.Put(new Member { Id = $"telegram:{ReaderId}", FullName = "Võ Văn Đọc", Phone = "+84911222444", UnitCode = "P09", Position = "Ủy viên", Status = MemberStatus.Approved });

        // The reader's copy waits, failing and tried again (sometimes in flight, sometimes resting), until the person has erased.
        Fake.FailNext("sendMessage", 502, count: 100_000, chatId: ReaderId);
        // In capitals, and the number grouped: not as stored, found all the same.
        await Journeys.BroadcastAsync(organizer, $"Chúc mừng đồng chí {Name.ToUpperInvariant()} (ĐT 0912.345.678) được khen thưởng.");
        await person.Next(m => m.Text!.StartsWith("Chúc mừng", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(reader.Received, m => m.Text!.StartsWith("Chúc mừng", StringComparison.Ordinal));

        await person.Say("/xoadulieu", m => m.Buttons.Any());
        await person.Press(Texts.EraseYes.Plain(Lang.Vi), m => m.Text!.Contains(Texts.Erased.Plain(Lang.Vi)[..20], StringComparison.Ordinal));
        await PersonTraces.OneErasureFinishedAsync(bot.Service<ErasureFinisher>());
        Fake.ClearFailures();

        var erased = Texts.ErasedName.Vi;
        var expected = $"Chúc mừng đồng chí {erased} (ĐT {erased}) được khen thưởng.";
        var received = await reader.Next(m => m.Text!.StartsWith("Chúc mừng", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(expected, received.Text);
        Assert.Equal(expected, Assert.Single(store.All<Notice>()).Text);
        await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(2, Assert.Single(store.All<Notice>()).Sent);

        var database = bot.Service<Database>();
        var needles = PersonTraces.Needles(PersonId, Name, Name.ToUpperInvariant(), Phone[1..], "912.345.678");
        PersonTraces.AssertNoneInCollections(database, PersonId, needles);
        PersonTraces.AssertNoneInBytes(database, PersonId, needles);
    }

    [Fact]
    public async Task After_a_restart_the_waiting_message_goes_out_as_rewritten()
    {
        var reader = new Chat(Fake, ReaderId);
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, Settings))
        {
            var organizer = new Chat(Fake, BotUnderTest.Organizer);
            var person = new Chat(Fake, PersonId, "Khen");
            await Journeys.RegisterAsync(person, Name, Phone, "Phường 8", "Tổ trưởng");
            await Journeys.ApproveAsync(organizer, Name);
            await person.Next(m => m.Text!.Contains("duyệt", StringComparison.OrdinalIgnoreCase));
            bot.Service<EntityStore>().Put(new Member { Id = $"telegram:{ReaderId}", FullName = "Võ Văn Đọc", Phone = "+84911222444", UnitCode = "P09", Position = "Ủy viên", Status = MemberStatus.Approved });
            Fake.FailNext("sendMessage", 502, count: 100_000, chatId: ReaderId);
            await Journeys.BroadcastAsync(organizer, $"Chúc mừng đồng chí {Name} được khen thưởng.");
            await person.Next(m => m.Text!.StartsWith("Chúc mừng", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            await person.Say("/xoadulieu", m => m.Buttons.Any());
            await person.Press(Texts.EraseYes.Plain(Lang.Vi), m => m.Text!.Contains(Texts.Erased.Plain(Lang.Vi)[..20], StringComparison.Ordinal));
            await PersonTraces.OneErasureFinishedAsync(bot.Service<ErasureFinisher>());
        }

        Fake.ClearFailures();
        await using var restarted = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, Settings);

        var received = await reader.Next(m => m.Text!.StartsWith("Chúc mừng", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal($"Chúc mừng đồng chí {Texts.ErasedName.Vi} được khen thưởng.", received.Text);
        Assert.Single(reader.Received, m => m.Text!.StartsWith("Chúc mừng", StringComparison.Ordinal));
    }
}
