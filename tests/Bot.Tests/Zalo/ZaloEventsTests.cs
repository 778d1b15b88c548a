using System.Text.Json.Nodes;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Bot.Zalo;
using Domain.Conversations;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.Zalo;

/// <summary>
/// The events Zalo documents, over the fake and the real host: pictures in <c>photo</c> or
/// <c>photo_url</c>, voice notes, events without a message, and chats that are not private.
/// </summary>
public sealed class ZaloEventsTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData("photo")]
    [InlineData("photo_url")]
    public void A_picture_is_read_from_the_documented_photo_field_and_from_photo_url(string field)
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        var mapper = new ZaloUpdateMapper();
        var image = zalo.AddUser("Hồ Thị Kỷ").ImageEvent("https://photo.fake-zalo.test/hop.jpg", "Ảnh buổi họp", field);

        var envelope = mapper.Map(image.ToJson(), DateTimeOffset.UnixEpoch)!;

        Assert.Equal(new MediaIn(MediaKind.Photo, "https://photo.fake-zalo.test/hop.jpg", null, "Ảnh buổi họp"), envelope.Event);
    }

    [Fact]
    public async Task A_voice_note_and_an_event_without_a_message_are_answered_like_other_unsupported_input()
    {
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath);
        var voice = zalo.AddUser("Nguyễn Văn Trỗi");
        var protectedUser = zalo.AddUser("Người dùng được bảo vệ");
        var onlyText = Texts.OnlyText.For(Lang.Vi).ToPlain();

        voice.Send(voice.VoiceEvent());
        protectedUser.Send(protectedUser.UnsupportedEventWithoutMessage());

        await zalo.WaitForAsync(voice.ChatId, m => m.Text == onlyText);
        await zalo.WaitForAsync(protectedUser.ChatId, m => m.Text == onlyText);
        // Delivered again (Zalo retries), the same event is answered once.
        protectedUser.ResendLast();
        protectedUser.SendText("/help");
        await zalo.WaitForAsync(protectedUser.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));
        Assert.Single(zalo.SentTo(protectedUser.ChatId), m => m.Text == onlyText);
    }

    [Fact]
    public async Task Messages_from_a_group_or_from_a_chat_of_no_stated_type_are_not_taken_for_a_private_chat()
    {
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath);
        var user = zalo.AddUser("Lê Thị Riêng");
        var untyped = user.TextEvent("/start").Message;
        untyped["chat"]!.AsObject().Remove("chat_type");

        user.Send(user.GroupTextEvent("/start"));
        user.Send(ZaloEvent.Create(ZaloEvent.TextReceived, untyped));
        user.Send(ZaloEvent.Create(ZaloEvent.TextReceived, WithChatType(user.TextEvent("/start").Message, "GROUP")));
        user.SendText("/help");
        await zalo.WaitForAsync(user.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));
        await zalo.WaitUntilDeliveredAsync();

        // Only the private /help was answered: no greeting, nothing sent to the group, no session.
        Assert.Single(zalo.AllSent);
        Assert.Null(bot.Service<EntityStore>().Find<Session>($"zalo:{user.Id}")?.Flow);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Zalo event ignored", StringComparison.Ordinal));
    }

    private static JsonObject WithChatType(JsonObject message, string type)
    {
        message["chat"]!["chat_type"] = type;
        return message;
    }
}
