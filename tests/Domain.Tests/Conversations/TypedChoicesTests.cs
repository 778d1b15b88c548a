using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Conversations;

/// <summary>A typed number or label is read by the turn as the choice the chat was shown under it.</summary>
public sealed class TypedChoicesTests
{
    private static readonly UserKey Chat = new("zalo", "77");
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly MemoryStore store = new();

    public TypedChoicesTests() =>
        store.Put(ShownChoices.None(Chat.ToString()).Show([new Choice("✅ Tham dự", "rsvp:yes"), new Choice("Hủy", null)]));

    [Fact]
    public void A_number_presses_its_button_and_a_key_is_typed_as_its_label()
    {
        Assert.Equal(new ButtonIn("rsvp:yes", null, 1), Read(Chat, new TextIn("1")));
        Assert.Equal(new TextIn("Hủy"), Read(Chat, new TextIn("2")));
        Assert.Equal(new ButtonIn("rsvp:yes", null, 1), Read(Chat, new TextIn(" tham DỰ ")));
    }

    [Fact]
    public void A_number_not_shown_a_command_and_a_chat_shown_nothing_stay_as_they_are()
    {
        Assert.Equal(new TextIn("3"), Read(Chat, new TextIn("3")));
        Assert.Equal(new CommandIn("start", string.Empty), Read(Chat, new CommandIn("start", string.Empty)));
        Assert.Equal(new TextIn("1"), Read(new UserKey("telegram", "77"), new TextIn("1")));
    }

    [Fact]
    public void An_unasked_message_gets_the_next_numbers_and_a_reply_takes_them_back()
    {
        var shown = store.Find<ShownChoices>(Chat.ToString())!;
        var (withCard, first) = shown.Place([new Choice("Duyệt", "appr:yes:1")], reply: null, inQuestion: false);
        Assert.Equal(3, first);
        Assert.Equal("appr:yes:1", withCard.Match("3")!.Value.Choice.ButtonData);

        var (replied, again) = withCard.Place([new Choice("Có", "ok")], reply: "in:2", inQuestion: false);
        Assert.Equal(1, again);
        Assert.Equal("ok", replied.Match("1")!.Value.Choice.ButtonData);
        Assert.Null(replied.Match("3"));
        Assert.Equal("appr:yes:1", replied.Match("duyệt")!.Value.Choice.ButtonData);
    }

    [Fact]
    public void The_messages_of_one_reply_go_on_numbering_and_the_next_reply_starts_again()
    {
        var shown = ShownChoices.None(Chat.ToString());
        var (first, one) = shown.Place([new Choice("Đã xem", "yk:s:1"), new Choice("Ẩn", "yk:h:1")], "in:5", inQuestion: false);
        var (second, three) = first.Place([new Choice("Đã xem", "yk:s:2"), new Choice("Ẩn", "yk:h:2")], "in:5", inQuestion: false);
        var (retried, again) = second.Place([new Choice("Đã xem", "yk:s:2"), new Choice("Ẩn", "yk:h:2")], "in:5", inQuestion: false);
        var (next, restart) = retried.Place([new Choice("Có", "ok")], "in:6", inQuestion: false);

        Assert.Equal((1, 3, 3, 1), (one, three, again, restart));
        Assert.Equal(["yk:s:1", "yk:h:1", "yk:s:2", "yk:h:2"], Enumerable.Range(1, 4).Select(n => retried.Pick(n)!.Value.Choice.ButtonData));
        Assert.Equal("ok", next.Pick(1)!.Value.Choice.ButtonData);
        Assert.Null(next.Pick(3));
    }

    [Theory]
    [InlineData("dong y", "ok")]
    [InlineData("ĐỒNG Ý", "ok")]
    [InlineData("phuong 8", "u:P08")]
    [InlineData("Phường 8.", "u:P08")]
    [InlineData("sua", "edit")]
    [InlineData("✏️ SỬA!", "edit")]
    public void A_label_typed_without_diacritics_or_marks_presses_its_choice(string typed, string data)
    {
        var shown = ShownChoices.None(Chat.ToString()).Show(
            [new Choice("✅ Đồng ý", "ok"), new Choice("Phường 8", "u:P08"), new Choice("Phường 18", "u:P18"), new Choice("✏️ Sửa", "edit")]);

        Assert.Equal(data, shown.Match(typed)!.Value.Choice.ButtonData);
    }

    [Theory]
    [InlineData("da")]
    [InlineData("Đã xem")]
    [InlineData("phuong")]
    public void Words_that_fit_two_choices_press_nothing(string typed)
    {
        var shown = ShownChoices.None(Chat.ToString()).Show(
            [new Choice("Đã", "a"), new Choice("Dạ", "b"), new Choice("Đã xem", "yk:s:1"), new Choice("Đã xem", "yk:s:2"), new Choice("Phường", "p")])
            .Place([new Choice("Phường", "q")], reply: null, inQuestion: false).Next;

        Assert.Null(shown.Match(typed));
    }

    private Inbound Read(UserKey from, Inbound typed) =>
        TypedChoices.Resolve(new InboundEnvelope("in:1", from, typed, Now), store).Event;
}
