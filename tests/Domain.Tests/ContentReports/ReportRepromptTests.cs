using Domain.ContentReports;
using Domain.Conversations;
using Domain.Events;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.ContentReports.Reporting;

namespace Domain.Tests.ContentReports;

/// <summary>
/// Refusals inside /phananh keep the step's buttons (on Zalo and the console a message without
/// them takes the numbers away), and a member who has sent reports before may paste the link
/// straight after the list.
/// </summary>
public sealed class ReportRepromptTests
{
    private static List<string> Labels(TextOut message) => message.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();

    [Fact]
    public void A_wrong_text_after_a_link_keeps_the_continue_button()
    {
        var bot = Driver();
        bot.Command(People.Alice, "/phananh");
        bot.Text(People.Alice, Link);
        bot.Replies(People.Alice);

        bot.Text(People.Alice, "xem bài này");

        var last = bot.Replies(People.Alice).OfType<TextOut>().Last();
        Assert.StartsWith(Texts.ReportLinkInvalid.For(Lang.Vi).Value, last.Text.Value, StringComparison.Ordinal);
        Assert.Equal([Texts.ReportContinue.Plain(Lang.Vi)], Labels(last));
        bot.Press(People.Alice, Texts.ReportContinue.Plain(Lang.Vi));
        Assert.Equal(ReportMachine.State.Description, Step(bot, People.Alice));
    }

    [Fact]
    public void A_place_too_long_asks_the_place_again_with_its_skip_button()
    {
        var bot = Driver();
        bot.Command(People.Alice, "/phananh");
        bot.Text(People.Alice, Link);
        bot.Press(People.Alice, Texts.ReportContinue.Plain(Lang.Vi));
        bot.Text(People.Alice, Description);
        bot.Replies(People.Alice);

        bot.Text(People.Alice, new string('x', ReportRules.MaxPlace + 1));

        var last = bot.Replies(People.Alice).OfType<TextOut>().Last();
        Assert.Equal([Texts.ReportSkip.Plain(Lang.Vi)], Labels(last));
        Assert.Equal(ReportMachine.State.Place, Step(bot, People.Alice));
    }

    [Fact]
    public void A_link_pasted_right_after_the_list_of_ones_reports_starts_a_new_report_with_it()
    {
        var bot = Driver();
        Send(bot, People.Alice);
        bot.Command(People.Alice, "/phananh");
        bot.Replies(People.Alice);

        bot.Text(People.Alice, Link + "?2");

        Assert.Equal(ReportMachine.State.Evidence, Step(bot, People.Alice));
        Assert.Equal(Link + "?2", bot.SessionOf(People.Alice)!.Get(ReportMachine.LinkKey));
        Assert.Equal([Texts.ReportContinue.Plain(Lang.Vi)], Labels(bot.Replies(People.Alice).OfType<TextOut>().Last()));
    }

    [Fact]
    public void A_photo_right_after_the_list_starts_a_new_report_and_other_words_are_not_understood()
    {
        var bot = Driver();
        Send(bot, People.Alice);
        bot.Command(People.Alice, "/phananh");
        bot.Send(People.Alice, new MediaIn(MediaKind.Photo, "photo-1", null, null));
        Assert.Equal("photo-1", bot.SessionOf(People.Alice)!.Get(ReportMachine.PhotosKey));

        bot.Command(People.Alice, "/phananh");
        bot.Replies(People.Alice);
        bot.Text(People.Alice, "xin chào");
        Assert.Equal([Texts.NotUnderstood.For(Lang.Vi).Value], bot.TextsTo(People.Alice));
        Assert.Null(bot.SessionOf(People.Alice)!.Flow);
    }

    [Fact]
    public void Waiting_after_the_list_a_button_of_another_conversation_still_works()
    {
        var bot = Driver();
        Send(bot, People.Alice);
        var campaign = Campaigns.Campaigning.Send(bot);
        bot.Command(People.Alice, "/phananh");
        bot.Replies(People.Alice);

        bot.PressData(People.Alice, new Domain.Campaigns.AnswerButton(Domain.Campaigns.AnswerAction.Done, campaign.Id).Encode());

        Assert.Equal(Domain.Campaigns.AnswerButton.Prefix, bot.SessionOf(People.Alice)!.Flow);
        Assert.DoesNotContain(Texts.ButtonExpired.For(Lang.Vi).Value, bot.TextsTo(People.Alice));
    }

    [Fact]
    public void The_list_and_the_card_write_the_time_as_every_other_message()
    {
        var bot = Driver();
        var report = Send(bot, People.Alice);
        bot.Command(People.Alice, "/phananh");

        var when = MeetingFormat.When(report.SubmittedAt, bot.Settings.TimeZone, Lang.Vi);
        Assert.Contains(when, bot.TextsTo(People.Alice)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_too_long_asks_for_the_note_again_with_its_buttons()
    {
        var bot = Driver();
        var report = Send(bot, People.Alice);
        var organizer = ConversationDriver.Organizer;
        bot.PressData(organizer, new QueueSetStatus(report.Number, ReportStatus.InProgress).Encode());
        var question = bot.Replies(organizer).OfType<TextOut>().Last();

        bot.Text(organizer, new string('x', ReportRules.MaxNote + 1));

        var again = bot.Replies(organizer).OfType<TextOut>().Last();
        Assert.Equal(question.Text, again.Text);
        Assert.Equal(question.Buttons, again.Buttons);
        Assert.Equal([Texts.ReportNoNote.Plain(Lang.Vi), Texts.Cancel.Plain(Lang.Vi)], Labels(again));
    }
}
