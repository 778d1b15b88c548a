using System.Text;
using Bot.Hosting;
using Bot.Storage;
using Bot.Telegram;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Text;
using Domain.Users;
using FakeTelegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Tests.Guests;

/// <summary>
/// An organizer sends the guest list as a CSV document over the fake Bot API: the bot fetches it
/// with getFile and the file download, makes the invitations and sends the links back as a CSV.
/// </summary>
public sealed class GuestFileImportTests : OverFakeTelegram
{
    private const string MeetingId = "hn-tep";
    private const string List = "Họ và tên,Đơn vị,Chức vụ,Số điện thoại\r\nTrần Văn Bảy,\"Công an Quận 5, Đội 2\",Trưởng ban,0909123456\r\nLê Thị Tám,Trường Cao đẳng,Phó Hiệu trưởng,\r\n";

    private static string Vi(Msg message, params object[] args) => message.For(Lang.Vi, args).Value;

    private static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    private async Task<BotUnderTest> Start()
    {
        var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, new Dictionary<string, string?> { ["Flood:Burst"] = "1000" });
        var start = DateTimeOffset.UtcNow.AddDays(3);
        if (bot.Service<EntityStore>().Find<Meeting>(MeetingId) is null)
        {
            bot.Service<EntityStore>().Put(new Meeting
            {
                Id = MeetingId,
                Title = "Hội nghị có khách mời",
                StartsAt = start,
                RsvpDeadline = start.AddDays(-1),
                Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
            });
        }

        return bot;
    }

    private static async Task OpenImport(Chat organizer)
    {
        await organizer.Say("/khach", m => m.Buttons.Any(b => b.CallbackData == $"khach:import:{MeetingId}"));
        await organizer.Press($"khach:import:{MeetingId}", m => m.Text!.Contains(Texts.GuestAskListOrFile.Vi.Split('(')[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_uploaded_csv_makes_the_guests_and_comes_back_as_a_csv_of_links()
    {
        await using var bot = await Start();
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await OpenImport(organizer);

        organizer.User.SendDocument("khach-moi.csv", Utf8WithBom(List), "application/vnd.ms-excel");
        var links = await organizer.Next(m => m.Method == "sendDocument");

        Assert.Equal(Vi(Texts.GuestImported, 2), links.Text);
        var csv = Encoding.UTF8.GetString(links.DocumentContent!);
        Assert.Contains("Công an Quận 5, Đội 2", csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("https://t.me/mttq_q5_test_bot?start=g_").Length - 1);
        Assert.Equal(["Lê Thị Tám", "Trần Văn Bảy"], bot.Service<EntityStore>().All<Guest>().Select(g => g.FullName).Order());
        Assert.Single(Fake.Downloads);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(Fake.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_csv_sent_right_after_the_import_press_in_the_same_batch_is_imported()
    {
        await using var bot = await Start();
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var desk = await organizer.Say("/khach", m => m.Buttons.Any(b => b.CallbackData == $"khach:import:{MeetingId}"));
        var downloadsBefore = Fake.Downloads.Count;

        Fake.InOneBatch(() =>
        {
            organizer.User.PressButton(desk, $"khach:import:{MeetingId}");
            organizer.User.SendDocument("khach-moi.csv", Utf8WithBom(List), "application/vnd.ms-excel");
        });
        var links = await organizer.Next(m => m.Method == "sendDocument");

        Assert.Equal(Vi(Texts.GuestImported, 2), links.Text);
        Assert.DoesNotContain(Fake.SentTo(organizer.Id), m => m.Text == Vi(Texts.GuestFileNotCsv));
        Assert.Equal(2, bot.Service<EntityStore>().All<Guest>().Count);
        Assert.Equal(downloadsBefore + 1, Fake.Downloads.Count);
    }

    [Fact]
    public async Task A_document_from_someone_who_is_not_an_organizer_makes_nothing()
    {
        await using var bot = await Start();
        var stranger = new Chat(Fake, 3001, "Khách lạ");

        stranger.User.SendDocument("khach.csv", Utf8WithBom(List));
        var answer = await stranger.Next(m => m.Text == Vi(Texts.OnlyText));
        stranger.User.PressButton(answer, $"khach:import:{MeetingId}");
        await stranger.Next(m => m.Text == Vi(Texts.NotAllowed));

        Assert.Empty(bot.Service<EntityStore>().All<Guest>());
        Assert.DoesNotContain(Fake.SentTo(stranger.Id), m => m.Method == "sendDocument");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2048L)]
    public async Task A_file_over_the_limit_is_refused_even_when_it_understates_its_size(long? statedSize)
    {
        await using var bot = await Start();
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await OpenImport(organizer);
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Trần Văn Bảy,Công an Quận 5,Trưởng ban\n", (Domain.Conversations.Attachment.MaxBytes / 40) + 10)));

        organizer.User.SendDocument("khach.csv", large, fileSize: statedSize);
        await organizer.Next(m => m.Text == Vi(Texts.GuestFileTooLarge, "1 MB"));

        Assert.Empty(bot.Service<EntityStore>().All<Guest>());
        Assert.Equal(statedSize is null ? 0 : 1, Fake.Calls("getFile"));
    }

    [Fact]
    public async Task A_pdf_is_not_fetched_and_gets_the_csv_sentence()
    {
        await using var bot = await Start();
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await OpenImport(organizer);

        organizer.User.SendDocument("khach.pdf", [0x25, 0x50, 0x44, 0x46], "application/pdf");
        await organizer.Next(m => m.Text == Vi(Texts.GuestFileNotCsv));

        Assert.Equal(0, Fake.Calls("getFile"));
    }

    [Fact]
    public async Task A_file_stored_before_a_crash_is_imported_exactly_once_after_the_restart()
    {
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await using (var first = await Start())
        {
            await OpenImport(organizer);
        }

        organizer.User.SendDocument("khach.csv", Utf8WithBom(List));
        await StoreLikeThePollerAndDie();

        await using var bot = await Start();
        var links = await organizer.Next(m => m.Method == "sendDocument");
        Assert.Equal(Vi(Texts.GuestImported, 2), links.Text);
        await organizer.Say("/khach", m => m.Buttons.Any(b => b.CallbackData == $"khach:import:{MeetingId}"));

        Assert.Equal(2, bot.Service<EntityStore>().All<Guest>().Count);
        Assert.Single(Fake.SentTo(organizer.Id), m => m.Method == "sendDocument");
    }

    /// <summary>
    /// What the poller does with the waiting update, fetch included, up to the moment it is stored;
    /// then the process "dies": the turn never runs and Telegram is never told (so it sends it again).
    /// </summary>
    private async Task StoreLikeThePollerAndDie()
    {
        using var clients = new TelegramClients(Options.Create(new TelegramOptions { Token = Fake.Token, BaseUrl = Fake.BaseUrl, PollTimeoutSeconds = 1 }));
        var updates = await clients.Polling.GetUpdates(timeout: 0);
        var update = Assert.Single(updates);
        using var database = new Database(Folder.DatabasePath, StoredEntities.Types);
        var settings = new BotSettings { Organizers = new HashSet<UserKey> { UpdateMapper.Key(BotUnderTest.Organizer) } };
        var attachments = new TelegramAttachments(clients, new EntityStore(database), settings, NullLogger<TelegramAttachments>.Instance);
        var envelope = await attachments.FetchAsync(update, UpdateMapper.Map(update, DateTimeOffset.UtcNow)!, CancellationToken.None);
        Assert.NotNull(new Inbox(database).TryAdd(envelope));
    }
}
