using System.Text.Json.Nodes;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Bot.Zalo;
using Domain.Conversations;
using Domain.Text;

namespace Bot.Tests.Zalo;

/// <summary>How outbound messages look on Zalo, and how typed answers are read back, over a real LiteDB file.</summary>
public sealed class ZaloRenderingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly Database database;
    private readonly ChoiceNumbers choices;
    private readonly EntityStore store;
    private readonly ZaloUpdateMapper mapper;

    public ZaloRenderingTests()
    {
        database = new Database(folder.DatabasePath, StoredEntities.Types);
        store = new EntityStore(database);
        choices = new ChoiceNumbers(store, new AskedMessages());
        mapper = new ZaloUpdateMapper();
    }

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Buttons_become_numbered_choices_with_a_hint()
    {
        var text = new TextOut(new Html("<b>Hội nghị</b> ngày 27/4 &amp; thảo luận")).WithButtons(
            [new Button("✅ Tham dự", "rsvp:yes"), new Button("❌ Không tham dự", "rsvp:no")],
            [new Button("👤 Cử người dự thay", "rsvp:dlg")]);

        var (parts, shown) = ZaloRenderer.Render(text, Lang.Vi);

        var part = Assert.Single(parts);
        Assert.Equal("Hội nghị ngày 27/4 & thảo luận\n\n1. ✅ Tham dự\n2. ❌ Không tham dự\n3. 👤 Cử người dự thay\n\nGõ 1, 2 hoặc 3.", part.Text);
        Assert.Equal(["rsvp:yes", "rsvp:no", "rsvp:dlg"], shown!.Select(c => c.ButtonData));
    }

    [Theory]
    [InlineData(1, "Gõ 1 để chọn.")]
    [InlineData(2, "Gõ 1 hoặc 2.")]
    [InlineData(5, "Gõ 1, 2, 3, 4 hoặc 5.")]
    [InlineData(28, "Gõ một số từ 1 đến 28.")]
    public void The_hint_names_the_numbers(int count, string expected) =>
        Assert.Equal(expected, ZaloRenderer.Hint(count, Lang.Vi));

    [Fact]
    public void A_contact_request_leaves_out_the_share_key_and_keeps_the_other_keys_as_choices()
    {
        var text = new TextOut(Texts.AskPhone.For(Lang.Vi)) { Keyboard = new ReplyKeyboard(["Hủy"], "📱 Chia sẻ số điện thoại") };

        var (parts, shown) = ZaloRenderer.Render(text, Lang.Vi);

        Assert.Equal(Texts.AskPhone.Vi + "\n\n1. Hủy\n\nGõ 1 để chọn.", parts[0].Text);
        Assert.Equal([new Choice("Hủy", null)], shown);
    }

    [Fact]
    public void Files_and_pins_become_text_and_leave_the_choices_alone()
    {
        var (document, documentChoices) = ZaloRenderer.Render(new DocumentOut("danh-sach.xlsx", [1, 2, 3], new Html("Danh sách")), Lang.Vi);
        var (venue, venueChoices) = ZaloRenderer.Render(new VenueOut(10.7578, 106.6656, "Hội trường", "118 Ngô Quyền"), Lang.Vi);

        Assert.StartsWith("Danh sách\n\n" + Texts.FileNotOnChannel.For(Lang.Vi, "danh-sach.xlsx").ToPlain(), document[0].Text, StringComparison.Ordinal);
        Assert.Contains("https://maps.google.com/?q=10.7578,106.6656", venue[0].Text, StringComparison.Ordinal);
        Assert.Null(documentChoices);
        Assert.Null(venueChoices);
    }

    [Fact]
    public void A_photo_received_on_Zalo_is_sent_on_by_its_address_and_a_Telegram_one_is_explained()
    {
        var (zaloPhoto, _) = ZaloRenderer.Render(new MediaOut(MediaKind.Photo, "https://photo.example/a.jpg", null), Lang.Vi);
        var (telegramPhoto, _) = ZaloRenderer.Render(new MediaOut(MediaKind.Photo, "AgACAgIAAxkBAAIB", null), Lang.Vi);

        Assert.Equal("https://photo.example/a.jpg", Assert.Single(zaloPhoto).PhotoUrl);
        Assert.Null(Assert.Single(telegramPhoto).PhotoUrl);
        Assert.Equal(Texts.PhotoNotOnChannel.Plain(Lang.Vi), telegramPhoto[0].Text);
    }

    [Fact]
    public void Long_texts_are_split_at_line_breaks_under_2000_characters_and_keep_Vietnamese_intact()
    {
        var line = "Ủy ban Mặt trận Tổ quốc Việt Nam Quận 5 – đánh giá trang mạng xã hội.";
        var text = new TextOut(Html.Escape(string.Join('\n', Enumerable.Repeat(line, 80))));

        var (parts, _) = ZaloRenderer.Render(text, Lang.Vi);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, ZaloRenderer.MaxTextLength));
        Assert.All(parts.SelectMany(p => p.Text.Split('\n')), l => Assert.Equal(line, l));
    }

    [Fact]
    public void A_typed_number_or_label_presses_the_last_shown_choice_also_after_reopening_the_database()
    {
        choices.Show(ZaloUpdateMapper.Key("chat1"), [new Choice("✅ Tham dự", "rsvp:yes"), new Choice("❌ Không tham dự", "rsvp:no")]);
        database.Dispose();
        using var reopened = new Database(folder.DatabasePath, StoredEntities.Types);
        var again = new EntityStore(reopened);

        Assert.Equal("rsvp:no", Assert.IsType<ButtonIn>(Read(Event("chat1", "2"), again)).Data);
        Assert.Equal("rsvp:yes", Assert.IsType<ButtonIn>(Read(Event("chat1", "  tham DỰ "), again)).Data);
        Assert.Equal("3", Assert.IsType<TextIn>(Read(Event("chat1", "3"), again)).Text);
        Assert.Equal("2", Assert.IsType<TextIn>(Read(Event("chat2", "2"), again)).Text);
    }

    [Fact]
    public void Mapping_a_typed_number_reads_nothing_but_the_event()
    {
        choices.Show(ZaloUpdateMapper.Key("chat1"), [new Choice("✅ Tham dự", "rsvp:yes")]);

        Assert.Equal(new TextIn("1"), mapper.Map(Event("chat1", "1"), DateTimeOffset.UnixEpoch)!.Event);
        Assert.Equal("rsvp:yes", Assert.IsType<ButtonIn>(Read(Event("chat1", "1"), store)).Data);
    }

    [Fact]
    public void A_keyboard_key_is_typed_as_its_text_and_an_empty_list_forgets_the_old_choices()
    {
        choices.Show(ZaloUpdateMapper.Key("chat1"), [new Choice("Hủy", null)]);
        Assert.Equal("Hủy", Assert.IsType<TextIn>(Read(Event("chat1", "1"), store)).Text);

        choices.Show(ZaloUpdateMapper.Key("chat1"), []);
        Assert.Equal("1", Assert.IsType<TextIn>(Read(Event("chat1", "1"), store)).Text);
    }

    [Fact]
    public void Events_are_read_in_both_shapes_and_group_chats_and_bots_are_ignored()
    {
        var plain = mapper.Map(Event("chat1", "/hoinghi"), DateTimeOffset.UnixEpoch)!;
        var wrapped = mapper.Map(new JsonObject { ["ok"] = true, ["result"] = Event("chat1", "xin chào") }, DateTimeOffset.UnixEpoch)!;
        var image = mapper.Map(Event("chat1", null, "message.image.received", photo: "https://photo.example/b.jpg"), DateTimeOffset.UnixEpoch)!;
        var sticker = mapper.Map(Event("chat1", null, "message.sticker.received"), DateTimeOffset.UnixEpoch)!;

        Assert.Equal(new CommandIn("hoinghi", string.Empty), plain.Event);
        Assert.Equal("zalo:chat1", plain.From.ToString());
        Assert.Equal("zalo:m-chat1-/hoinghi", plain.Id);
        Assert.Equal("Nguyễn Văn An", plain.DisplayName);
        Assert.Equal(new TextIn("xin chào"), wrapped.Event);
        Assert.Equal(new MediaIn(MediaKind.Photo, "https://photo.example/b.jpg", null, "chú thích"), image.Event);
        Assert.IsType<UnsupportedIn>(sticker.Event);
        Assert.Null(mapper.Map(Event("chat1", "hi", chatType: "GROUP"), DateTimeOffset.UnixEpoch));
        Assert.Null(mapper.Map(Event("chat1", "hi", isBot: true), DateTimeOffset.UnixEpoch));
        Assert.Null(mapper.Map(new JsonObject { ["event_name"] = "message.text.received" }, DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData("{\"result\":\"x\"}")]
    [InlineData("{\"result\":[1,2]}")]
    [InlineData("{\"event_name\":\"message.text.received\",\"message\":{\"chat\":\"abc\",\"message_id\":\"1\",\"text\":\"hi\"}}")]
    [InlineData("{\"event_name\":\"message.text.received\",\"message\":{\"chat\":{\"id\":{\"a\":1}},\"message_id\":\"1\"}}")]
    [InlineData("{\"event_name\":\"message.text.received\",\"message\":{\"from\":[],\"chat\":{\"id\":\"c\"},\"message_id\":[1]}}")]
    [InlineData("[]")]
    [InlineData("42")]
    public void Strange_shapes_are_ignored_without_an_exception(string json) =>
        Assert.Null(mapper.Map(JsonNode.Parse(json), DateTimeOffset.UnixEpoch));

    [Fact]
    public void Numbers_and_booleans_are_read_as_text()
    {
        var envelope = mapper.Map(JsonNode.Parse("{\"event_name\":\"message.text.received\",\"message\":{\"from\":{\"id\":7,\"is_bot\":false},\"chat\":{\"id\":7,\"chat_type\":\"PRIVATE\"},\"message_id\":12345,\"text\":\"xin chào\"}}"), DateTimeOffset.UnixEpoch)!;

        Assert.Equal("zalo:7", envelope.From.ToString());
        Assert.Equal("zalo:12345", envelope.Id);
    }

    /// <summary>A typed answer as the turn reads it: mapped (a pure function of the event), then matched against what the chat was shown.</summary>
    private Inbound Read(JsonObject update, EntityStore records) =>
        TypedChoices.Resolve(mapper.Map(update, DateTimeOffset.UnixEpoch)!, records).Event;

    private static JsonObject Event(string chat, string? text, string eventName = "message.text.received", string? photo = null, string chatType = "PRIVATE", bool isBot = false)
    {
        var message = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = chat, ["display_name"] = "Nguyễn Văn An", ["is_bot"] = isBot },
            ["chat"] = new JsonObject { ["id"] = chat, ["chat_type"] = chatType },
            ["message_id"] = $"m-{chat}-{text}",
            ["date"] = 1_700_000_000_000,
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        if (photo is not null)
        {
            message["photo_url"] = photo;
            message["caption"] = "chú thích";
        }

        return new JsonObject { ["event_name"] = eventName, ["message"] = message };
    }
}
