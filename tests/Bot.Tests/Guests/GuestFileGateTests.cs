using System.Text;
using Bot.Storage;
using Bot.Tests.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Guests;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Guests;

/// <summary>
/// A sent CSV is fetched only when the guest desk waits for it: a stranger's, a member's and an
/// organizer's outside the import step are never downloaded, and once the list is imported the
/// file's content is gone from the inbox, raw data file included.
/// </summary>
public sealed class GuestFileGateTests : OverFakeTelegram
{
    private const string MeetingId = "hn-cong";
    private const string List = "Họ và tên,Đơn vị,Chức vụ,Số điện thoại\r\nPhạm Quốc Khánh,Ban Dân vận,Trưởng ban,0909111222\r\nĐỗ Thị Huyền,Hội Phụ nữ,Phó Chủ tịch,\r\n";

    private static string Vi(Msg message) => message.For(Lang.Vi).Value;

    private async Task<BotUnderTest> Start()
    {
        var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, new Dictionary<string, string?> { ["Flood:Burst"] = "1000" });
        var start = DateTimeOffset.UtcNow.AddDays(3);
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = MeetingId,
            Title = "Hội nghị có khách mời",
            StartsAt = start,
            RsvpDeadline = start.AddDays(-1),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
        });
        return bot;
    }

    [Fact]
    public async Task A_strangers_csv_is_not_downloaded()
    {
        await using var bot = await Start();
        var stranger = new Chat(Fake, 3001, "Khách lạ");

        stranger.User.SendDocument("khach.csv", Encoding.UTF8.GetBytes(List));
        await stranger.Next(m => m.Text == Vi(Texts.OnlyText));

        Assert.Empty(Fake.Downloads);
        Assert.Equal(0, Fake.Calls("getFile"));
    }

    [Fact]
    public async Task A_members_csv_is_not_downloaded()
    {
        await using var bot = await Start();
        var id = Seed.Members(bot.Service<EntityStore>(), 1, 3002).Single();
        var member = new Chat(Fake, id, "Thành viên");

        member.User.SendDocument("khach.csv", Encoding.UTF8.GetBytes(List));
        await member.Next(m => m.Text == Vi(Texts.OnlyText));

        Assert.Empty(Fake.Downloads);
        Assert.Empty(bot.Service<EntityStore>().All<Guest>());
    }

    [Fact]
    public async Task An_organizers_csv_outside_the_import_step_is_not_downloaded()
    {
        await using var bot = await Start();
        var organizer = new Chat(Fake, BotUnderTest.Organizer);

        organizer.User.SendDocument("khach.csv", Encoding.UTF8.GetBytes(List));
        await organizer.Next(m => m.Text == Vi(Texts.OnlyText));
        await organizer.Say("/khach", m => m.Buttons.Any(b => b.CallbackData == $"khach:add:{MeetingId}"));
        await organizer.Press($"khach:add:{MeetingId}", m => m.Text == Vi(Texts.GuestAskLine));
        organizer.User.SendDocument("khach.csv", Encoding.UTF8.GetBytes(List));
        await organizer.Next(m => m.Text == Vi(Texts.TextExpected));

        Assert.Empty(Fake.Downloads);
        Assert.Empty(bot.Service<EntityStore>().All<Guest>());
    }

    [Fact]
    public async Task A_members_csv_sent_with_an_import_press_in_one_batch_is_not_downloaded()
    {
        await using var bot = await Start();
        var id = Seed.Members(bot.Service<EntityStore>(), 1, 3002).Single();
        var member = new Chat(Fake, id, "Thành viên");
        var shown = await member.Say("/khach", m => m.Text == Vi(Texts.NotAllowed));

        Fake.InOneBatch(() =>
        {
            member.User.PressButton(shown, $"khach:import:{MeetingId}");
            member.User.SendDocument("khach.csv", Encoding.UTF8.GetBytes(List));
        });
        await member.Next(m => m.Text == Vi(Texts.OnlyText));

        Assert.Empty(Fake.Downloads);
        Assert.Equal(0, Fake.Calls("getFile"));
        Assert.Empty(bot.Service<EntityStore>().All<Guest>());
    }

    [Fact]
    public async Task An_imported_files_content_leaves_the_inbox_and_the_data_file()
    {
        await using var bot = await Start();
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var content = Encoding.UTF8.GetBytes(List);
        await organizer.Say("/khach", m => m.Buttons.Any(b => b.CallbackData == $"khach:import:{MeetingId}"));
        await organizer.Press($"khach:import:{MeetingId}", m => m.Text!.Contains(Texts.GuestAskListOrFile.Vi.Split('(')[0], StringComparison.Ordinal));

        organizer.User.SendDocument("khach.csv", content);
        await organizer.Next(m => m.Method == "sendDocument");

        Assert.Single(Fake.Downloads);
        Assert.Equal(2, bot.Service<EntityStore>().All<Guest>().Count);
        var database = bot.Service<Database>();
        Assert.DoesNotContain(database.Inbox.FindAll(), row => row.ContainsKey("json"));
        // The stored event held the content as base64. The turn's commit removed it from the row; the
        // page versions before stay in LiteDB's log until the next checkpoint (README, personal data).
        using (database.FreezeDataFile(TimeSpan.FromSeconds(10)))
        {
        }

        var stored = Encoding.UTF8.GetBytes(Convert.ToBase64String(content)[..40]);
        foreach (var file in new[] { database.Path, database.LogPath }.Where(File.Exists))
        {
            var bytes = PersonTraces.ReadShared(file);
            Assert.True(bytes.AsSpan().IndexOf(stored) < 0, $"{Path.GetFileName(file)} still holds the sent file");
        }
    }
}
