using Bot.Delivery;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Bot.Zalo;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;
using FakeZalo;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Zalo;

/// <summary>
/// What a typed number means when messages arrive that the person did not ask for (a notice, an
/// approval card): the numbers stay with the message the person is answering. The real sender, a
/// real LiteDB file and the fake Zalo Bot API.
/// </summary>
public sealed class ZaloChoicesDuringAConversationTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly AskedMessages asked = new();
    private FakeZaloApi zalo = null!;
    private Database database = null!;
    private ZaloApi api = null!;
    private ZaloSender sender = null!;
    private ZaloUpdateMapper mapper = null!;
    private EntityStore store = null!;
    private UserKey member;

    public async Task InitializeAsync()
    {
        zalo = await FakeZaloApi.StartAsync();
        database = new Database(folder.DatabasePath, StoredEntities.Types);
        store = new EntityStore(database);
        sender = ZaloSenders.Create(zalo, database, store, asked, out api);
        mapper = new ZaloUpdateMapper();
        member = ZaloUpdateMapper.Key(zalo.AddUser("Bùi Thị Hằng").ChatId);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        database.Dispose();
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_notice_or_a_card_arriving_mid_conversation_gets_the_numbers_after_the_question()
    {
        store.Put(Session.New(member, Lang.Vi).Enter("reg", "Unit"));
        await Reply(Question(Texts.AskUnit.Vi, ("Phường 4", "reg:unit:P04"), ("Phường 5", "reg:unit:P05")));

        await Unasked(Question("Mời dự hội nghị", ("✅ Tham dự", "rsvp:yes:hn"), ("❌ Không tham dự", "rsvp:no:hn")), bulk: true);
        await Unasked(Question("Đăng ký mới: Lê Văn A", ("Duyệt", "appr:yes:zalo:1"), ("Từ chối", "appr:no:zalo:1")), bulk: false);

        Assert.Equal("reg:unit:P05", Pressed("2"));
        Assert.Equal("rsvp:yes:hn", Pressed("3"));
        Assert.Equal("appr:no:zalo:1", Pressed("6"));
        var sent = zalo.SentTo(member.Id);
        Assert.Contains("\n3. ✅ Tham dự\n4. ❌ Không tham dự", sent[1].Text, StringComparison.Ordinal);
        Assert.EndsWith(ZaloRenderer.Hint(3, 2, Lang.Vi), sent[1].Text, StringComparison.Ordinal);
        Assert.Contains("\n5. Duyệt\n6. Từ chối", sent[2].Text, StringComparison.Ordinal);

        // The next reply takes the numbers from 1 again; the card's choices can still be typed by name.
        await Reply(Question("Chức vụ?", ("Hủy", "reg:cancel")));
        Assert.Equal("reg:cancel", Pressed("1"));
        Assert.Null(Pressed("5"));
        Assert.Equal("appr:yes:zalo:1", Pressed("Duyệt"));
    }

    [Fact]
    public async Task While_a_question_waits_for_words_a_card_gets_no_numbers_and_a_typed_number_stays_the_answer()
    {
        await Reply(Question("Hội nghị", ("✅ Tham dự", "rsvp:yes:hn"), ("👤 Cử người dự thay", "rsvp:dlg:hn")));
        store.Put(Session.New(member, Lang.Vi).Enter("rsvp", "DelegateCount"));
        await Reply(new TextOut(new Html("Số người dự?")));

        await Unasked(Question("Đăng ký mới: Lê Văn A", ("Duyệt", "appr:yes:zalo:1"), ("Từ chối", "appr:no:zalo:1")), bulk: false);

        Assert.Equal(new TextIn("2"), mapper.Map(Typed("2"), DateTimeOffset.UnixEpoch)!.Event);
        var card = zalo.SentTo(member.Id)[^1].Text!;
        Assert.DoesNotContain("1. Duyệt", card, StringComparison.Ordinal);
        Assert.Contains("• Duyệt", card, StringComparison.Ordinal);
        Assert.EndsWith(Texts.ChoicesWithoutNumbers.Plain(Lang.Vi), card, StringComparison.Ordinal);
        // Words typed now answer the question, even the name of the card's choice.
        Assert.Equal(new TextIn("Duyệt"), mapper.Map(Typed("Duyệt"), DateTimeOffset.UnixEpoch)!.Event);

        // Once answered, the card's choice can be typed by name.
        store.Put(Session.New(member, Lang.Vi));
        await Reply(new TextOut(new Html("Đã ghi nhận.")));
        Assert.Equal("appr:yes:zalo:1", Pressed("Duyệt"));
    }

    [Fact]
    public async Task With_nothing_open_an_unasked_card_takes_the_numbers_and_a_second_one_comes_after_it()
    {
        await Unasked(Question("Đăng ký mới: A", ("Duyệt", "appr:yes:zalo:1"), ("Từ chối", "appr:no:zalo:1")), bulk: false);
        await Unasked(Question("Đăng ký mới: B", ("Duyệt", "appr:yes:zalo:2"), ("Từ chối", "appr:no:zalo:2")), bulk: false);

        Assert.Equal("appr:yes:zalo:1", Pressed("1"));
        Assert.Equal("appr:yes:zalo:2", Pressed("3"));
        // Two cards offer "Duyệt": the name alone does not say which, so it presses nothing.
        await Reply(new TextOut(new Html("Trợ giúp")));
        Assert.Null(Pressed("Duyệt"));
    }

    [Fact]
    public async Task A_card_sent_again_after_a_failed_send_keeps_its_numbers()
    {
        await Reply(Question("Danh sách", ("Phường 1", "mem:unit:P01")));
        var card = Question("Đăng ký mới: A", ("Duyệt", "appr:yes:zalo:1"), ("Từ chối", "appr:no:zalo:1"));
        zalo.FailNext(FakeZaloApi.AnySend, 502);
        Assert.IsType<Transient>(await sender.SendAsync(member, card, bulk: false, CancellationToken.None));
        await Unasked(card, bulk: false);

        Assert.Contains("\n2. Duyệt\n3. Từ chối", zalo.SentTo(member.Id)[^1].Text, StringComparison.Ordinal);
        Assert.Equal("appr:no:zalo:1", Pressed("3"));
    }

    [Fact]
    public async Task The_cards_of_one_reply_number_on_and_each_number_presses_what_is_printed_beside_it()
    {
        var first = Question("Ý kiến 1", ("Đã xem", "yk:s:1"), ("Ẩn", "yk:h:1"), ("Chọn phát biểu", "yk:p:1"));
        var second = Question("Ý kiến 2", ("Đã xem", "yk:s:2"), ("Ẩn", "yk:h:2"), ("Chọn phát biểu", "yk:p:2"));
        var menu = Question("Trang 1/1", ("🎤 Danh sách phát biểu", "yk:sp:hn"));
        var input = new InboxItem(7, member, new InboundEnvelope("zalo:7", member, new CommandIn("ykien", string.Empty), DateTimeOffset.UnixEpoch));
        asked.NoteTurn(input, new[] { first, second, menu }.Select(m => new OutboxItem(0, member, Priority.Interactive, m, 0)));

        foreach (var message in new[] { first, second, menu })
        {
            await Unasked(message, bulk: false);
        }

        var sent = zalo.SentTo(member.Id);
        Assert.Contains("\n4. Đã xem\n5. Ẩn\n6. Chọn phát biểu", sent[^2].Text, StringComparison.Ordinal);
        Assert.Contains("\n7. 🎤 Danh sách phát biểu", sent[^1].Text, StringComparison.Ordinal);
        Assert.Equal("yk:p:1", Pressed("3"));
        Assert.Equal("yk:p:2", Pressed("6"));
        Assert.Equal("yk:sp:hn", Pressed("danh sach phat bieu"));
        // "Đã xem" is on both cards: the words alone do not say which.
        Assert.Null(Pressed("da xem"));

        // The next turn's reply takes the numbers from 1 again.
        var next = Question("Đã đánh dấu.", ("« Quay lại", "yk:m:hn"));
        asked.NoteTurn(input with { Seq = 8 }, [new OutboxItem(0, member, Priority.Interactive, next, 0)]);
        await Unasked(next, bulk: false);
        Assert.Equal("yk:m:hn", Pressed("1"));
        Assert.Null(Pressed("4"));
    }

    private static TextOut Question(string text, params (string Label, string Data)[] buttons) =>
        new TextOut(Html.Escape(text)).WithButtonColumn(buttons.Select(b => new Button(b.Label, b.Data)));

    private async Task Reply(Outbound message)
    {
        asked.NoteReply(member, message);
        Assert.IsType<Delivered>(await sender.SendAsync(member, message, false, CancellationToken.None));
    }

    private async Task Unasked(Outbound message, bool bulk) =>
        Assert.IsType<Delivered>(await sender.SendAsync(member, message, bulk, CancellationToken.None));

    /// <summary>What the turn reads a typed answer as (see <see cref="TypedChoices"/>).</summary>
    private string? Pressed(string typed) => (TypedChoices.Resolve(mapper.Map(Typed(typed), DateTimeOffset.UnixEpoch)!, store).Event as ButtonIn)?.Data;

    private System.Text.Json.Nodes.JsonObject Typed(string text) =>
        zalo.FindUser(member.Id)!.TextEvent(text).ToJson();
}

/// <summary>A <see cref="ZaloSender"/> with its real collaborators, for tests that drive it directly.</summary>
internal static class ZaloSenders
{
    public static ZaloSender Create(FakeZaloApi zalo, Database database, EntityStore store, AskedMessages asked, out ZaloApi api, ZaloOptions? settings = null)
    {
        var zaloOptions = settings ?? new ZaloOptions();
        zaloOptions.Token = zalo.Token;
        zaloOptions.BaseUrl = zalo.BaseUrl;
        var options = Options.Create(zaloOptions);
        api = new ZaloApi(options);
        return new ZaloSender(
            api,
            new ChoiceNumbers(store, asked),
            new ZaloDeliveryEvidence(options),
            new ZaloQuota(options),
            null!,
            store,
            Options.Create(new BotOptions()),
            options,
            TimeProvider.System,
            NullLogger<ZaloSender>.Instance);
    }
}
