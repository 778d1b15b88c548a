using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Notices;

public sealed partial class ComposeTests
{
    [Fact]
    public void The_organizers_html_is_escaped_so_a_typed_tag_stays_text()
    {
        var notice = Send(bot, Boss, "<b>Họp</b> & \"bàn\"");

        const string Escaped = "&lt;b&gt;Họp&lt;/b&gt; &amp; &quot;bàn&quot;";
        Assert.Equal(Escaped, notice.Text);
        Assert.All(bot.Tagged(notice.Tag), d => Assert.Equal(Escaped, ((TextOut)d.Message).Text.Value));
        Assert.Equal("<b>Họp</b> & \"bàn\"", new Html(notice.Text).ToPlain());
    }

    [Fact]
    public void A_text_longer_than_3500_characters_is_refused_with_its_length_and_the_question_stays()
    {
        bot.Command(Boss, "/thongbao");
        bot.Replies(Boss);

        bot.Text(Boss, new string('x', BroadcastFlow.MaxLength + 1));

        Assert.Equal([Texts.NoticeTooLong.Vi(3501)], bot.TextsTo(Boss));
        Assert.Contains("3501", Texts.NoticeTooLong.Vi(3501), StringComparison.Ordinal);
        Assert.Equal("Text", bot.SessionOf(Boss)!.State);
        Assert.Null(bot.SessionOf(Boss)!.Get("text"));
    }

    [Fact]
    public void A_text_of_exactly_3500_characters_is_taken()
    {
        bot.Command(Boss, "/thongbao");

        bot.Text(Boss, new string('x', BroadcastFlow.MaxLength));

        Assert.Equal("Audience", bot.SessionOf(Boss)!.State);
        Assert.Equal(BroadcastFlow.MaxLength, bot.SessionOf(Boss)!.Get("text")!.Length);
    }

    [Fact]
    public void A_sticker_instead_of_the_text_asks_for_text()
    {
        bot.Command(Boss, "/thongbao");
        bot.Replies(Boss);

        bot.Sticker(Boss);

        Assert.Equal([Texts.TextExpected.Vi()], bot.TextsTo(Boss));
        Assert.Equal("Text", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void Typing_at_the_audience_question_asks_for_the_buttons()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Replies(Boss);

        bot.Text(Boss, "tất cả");

        // The question comes again with its buttons: on Zalo and the console the numbers hold again.
        Assert.Equal([Texts.UseButtons.Vi(), Texts.AskAudience.Vi()], bot.TextsTo(Boss));
        Assert.Equal(Texts.AskAudience.Vi(), bot.LastWithButtons(Boss)!.Text.Value);
        Assert.Equal("Audience", bot.SessionOf(Boss)!.State);
    }

    [Theory]
    [InlineData("bc:units", "Units")]
    [InlineData("bc:group", "Group")]
    public void Typing_at_a_later_step_of_choices_asks_it_again_with_its_buttons(string press, string step)
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.PressData(Boss, press);
        var question = bot.Replies(Boss).OfType<TextOut>().Last();

        bot.Text(Boss, "abc");

        var again = bot.Replies(Boss).OfType<TextOut>().Last();
        Assert.Equal(question.Text, again.Text);
        Assert.Equal(question.Buttons, again.Buttons);
        Assert.Equal(step, bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void Typing_at_the_preview_shows_its_buttons_again()
    {
        ToPreview(bot, Boss);
        var confirm = bot.Replies(Boss).OfType<TextOut>().Last();

        bot.Text(Boss, "abc");

        var again = bot.Replies(Boss).OfType<TextOut>().Last();
        Assert.Equal(confirm.Text, again.Text);
        Assert.Equal(confirm.Buttons, again.Buttons);
    }
}
