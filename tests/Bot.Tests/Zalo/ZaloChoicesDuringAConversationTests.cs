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
/// What a typed number means while someone is in the middle of a conversation: a notice or an
/// approval card arriving meanwhile must not take the numbers over. The real sender, a real LiteDB
/// file and the fake Zalo Bot API.
/// </summary>
public sealed class ZaloChoicesDuringAConversationTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
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
        var options = Options.Create(new ZaloOptions { Token = zalo.Token, BaseUrl = zalo.BaseUrl });
        api = new ZaloApi(options);
        var choices = new ShownChoices(database);
        sender = new ZaloSender(api, choices, store, Options.Create(new BotOptions()), options, NullLogger<ZaloSender>.Instance);
        mapper = new ZaloUpdateMapper(choices);
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
    public async Task A_notice_or_a_card_arriving_mid_conversation_leaves_the_numbers_to_the_question()
    {
        store.Put(Session.New(member, Lang.Vi).Enter("reg", "Unit"));
        await Send(Question(Texts.AskUnit.Vi, ("Phường 4", "reg:unit:P04"), ("Phường 5", "reg:unit:P05")), bulk: false);

        await Send(Question("Mời dự hội nghị", ("✅ Tham dự", "rsvp:yes:hn"), ("❌ Không tham dự", "rsvp:no:hn")), bulk: true);
        await Send(Question("Đăng ký mới: Lê Văn A", ("Duyệt", "appr:yes:zalo:1"), ("Từ chối", "appr:no:zalo:1")), bulk: false);

        Assert.Equal("reg:unit:P05", Pressed("2"));
        Assert.Equal(3, zalo.SentTo(member.Id).Count);

        // Out of the conversation, the next message with choices takes the numbers again.
        store.Put(Session.New(member, Lang.Vi));
        await Send(Question("Mời dự hội nghị", ("✅ Tham dự", "rsvp:yes:hn"), ("❌ Không tham dự", "rsvp:no:hn")), bulk: true);
        Assert.Equal("rsvp:no:hn", Pressed("2"));
    }

    [Fact]
    public async Task The_conversations_own_question_without_choices_clears_the_old_numbers()
    {
        await Send(Question("Hội nghị", ("✅ Tham dự", "rsvp:yes:hn"), ("👤 Cử người dự thay", "rsvp:dlg:hn")), bulk: false);
        store.Put(Session.New(member, Lang.Vi).Enter("rsvp", "DelegateCount"));

        await Send(new TextOut(new Html("Họ tên người dự thay?")), bulk: false);

        Assert.Equal(new TextIn("2"), mapper.Map(Typed("2"), DateTimeOffset.UnixEpoch)!.Event);
    }

    private static TextOut Question(string text, params (string Label, string Data)[] buttons) =>
        new TextOut(Html.Escape(text)).WithButtonColumn(buttons.Select(b => new Button(b.Label, b.Data)));

    private async Task Send(Outbound message, bool bulk) =>
        Assert.IsType<Bot.Delivery.Delivered>(await sender.SendAsync(member, message, bulk, CancellationToken.None));

    private string? Pressed(string typed) => (mapper.Map(Typed(typed), DateTimeOffset.UnixEpoch)?.Event as ButtonIn)?.Data;

    private System.Text.Json.Nodes.JsonObject Typed(string text) =>
        zalo.FindUser(member.Id)!.TextEvent(text).ToJson();
}
