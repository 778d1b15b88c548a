using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>A meeting's short title: set in /sukien, shown on buttons and in file names; the full title stays in the invitation.</summary>
public sealed class ShortTitleTests
{
    private const string LongTitle = "Hội nghị đánh giá hiệu quả việc thực hiện các trang mạng xã hội, trang thông tin điện tử của hệ thống Mặt trận Tổ quốc quận - phường";

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public ShortTitleTests()
    {
        Put(bot, Sample(title: LongTitle));
        Registering.Seed(bot, Alice, MemberStatus.Approved);
    }

    [Fact]
    public void An_organizer_sets_the_short_title_and_buttons_and_files_use_it_while_the_invitation_keeps_the_full_title()
    {
        StartEdit();

        bot.Text(Organizer, "  Hội nghị   MXH 27/4 ");

        Assert.Equal("Hội nghị MXH 27/4", bot.Store.Find<Meeting>(Id)!.ShortTitle);
        Assert.Contains("\nTên ngắn: Hội nghị MXH 27/4\n", bot.TextsTo(Organizer)[^1], StringComparison.Ordinal);
        Assert.Equal("meeting.changed", bot.Audit[^1].Action);

        Put(bot, Sample("hn-khac", Local(2027, 5, 10, 8, 0), Local(2027, 5, 8, 17, 0), title: "Hội nghị khác"));
        bot.Command(Alice, "/hoinghi");
        var choices = bot.LastWithButtons(Alice)!.AllButtons();
        Assert.Contains(choices, b => b.Label.EndsWith("– Hội nghị MXH 27/4", StringComparison.Ordinal));
        bot.Press(Alice, $"ev:show:{Id}");
        Assert.Contains($"<b>{LongTitle}</b>", bot.LastWithButtons(Alice)!.Text.Value, StringComparison.Ordinal);
        bot.Press(Alice, $"ev:ics:{Id}");
        Assert.Equal("hoi-nghi-mxh-27-4.ics", bot.Replies(Alice).OfType<DocumentOut>().Single().FileName);
    }

    [Fact]
    public void Without_a_short_title_a_button_shows_the_title_cut_at_a_word()
    {
        var label = bot.Store.Find<Meeting>(Id)!.Label;

        Assert.True(label.Length <= Meeting.ShortTitleMax, label);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
        Assert.StartsWith("Hội nghị đánh giá hiệu quả", label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("Hội nghị đánh giá hiệu quả các trang mạng xã hội 27/4")]
    public void A_short_title_too_short_or_over_40_characters_is_refused_and_the_question_stays(string text)
    {
        StartEdit();

        bot.Text(Organizer, text);

        Assert.Equal([Texts.ShortTitleInvalid.Vi(Meeting.ShortTitleMax)], bot.TextsTo(Organizer));
        Assert.Null(bot.Store.Find<Meeting>(Id)!.ShortTitle);
        Assert.Equal((MeetingEditor.FlowName, "Short"), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State));
    }

    [Fact]
    public void A_member_pressing_a_forged_short_title_button_is_refused_and_changes_nothing()
    {
        bot.PressData(Alice, $"mtg:edit:Short:{Id}");
        bot.Text(Alice, "Tên ngắn giả");

        Assert.Equal([Texts.NotAllowed.Vi(), Texts.NotUnderstood.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.Store.Find<Meeting>(Id)!.ShortTitle);
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void A_stranger_or_a_guessed_meeting_id_gets_nothing()
    {
        var stranger = new UserKey("tg", "999");
        bot.PressData(stranger, $"mtg:edit:Short:{Id}");
        bot.PressData(Organizer, "mtg:edit:Short:hn-doan-bua");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(stranger));
        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.SessionOf(Organizer)?.Flow);
    }

    [Fact]
    public void A_stale_short_title_question_for_a_meeting_gone_meanwhile_saves_nothing()
    {
        StartEdit();
        var gone = new ChangeSet();
        gone.Delete<Meeting>(Id);
        bot.Store.Apply(gone);

        bot.Text(Organizer, "Hội nghị MXH 27/4");

        Assert.Equal([Texts.MeetingGone.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.Store.Find<Meeting>(Id));
    }

    private void StartEdit()
    {
        bot.Command(Organizer, "/sukien");
        bot.Press(Organizer, $"mtg:pick:{Id}");
        bot.Press(Organizer, $"mtg:edit:Short:{Id}");
        Assert.Equal([Texts.AskShortTitle.Vi(Meeting.ShortTitleMax)], bot.TextsTo(Organizer).Skip(2));
        Assert.Equal((MeetingEditor.FlowName, "Short"), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State));
    }
}
