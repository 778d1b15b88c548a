using Domain.Conversations;
using Domain.Events;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Events;

/// <summary>
/// A copy of the 2023 conference to 2027 does not keep what only fitted 2023: the short title's
/// date, the plan number and the date of issue. The card after copying names what to look at.
/// </summary>
public sealed class MeetingCopyReviewTests
{
    private const string OldId = MeetingEditing.OldId;
    private const string CopyId = "hn-20270427";

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot;

    public MeetingCopyReviewTests()
    {
        (bot, _) = MeetingEditing.Start();
    }

    private Meeting CopyOf(string? shortTitle, IssuingDetails? issuing = null, string title = Title)
    {
        bot.Store.Put(bot.Store.Find<Meeting>(OldId)! with { ShortTitle = shortTitle, Issuing = issuing, Title = title });
        MeetingEditing.StartCopy(bot);
        bot.Text(Organizer, "08g00 27/4/2027");
        return bot.Store.Find<Meeting>(CopyId)!;
    }

    private static readonly IssuingDetails Plan2023 = new()
    {
        PlanNumber = "27/KH-MTTQ-BTT",
        Place = "Quận 5",
        IssuedOn = new DateOnly(2023, 4, 21),
        SignerTitle = "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH",
        SignerName = "Trần Nam Đức",
    };

    [Fact]
    public void The_plans_short_title_number_and_date_of_issue_do_not_follow_the_copy_to_2027()
    {
        var copy = CopyOf("Hội nghị MXH 27/4/2023", Plan2023);

        Assert.Equal("Hội nghị MXH 27/4/2027", copy.ShortTitle);
        Assert.NotEqual(bot.Store.Find<Meeting>(OldId)!.FileStem, copy.FileStem);
        Assert.Null(copy.Issuing!.PlanNumber);
        Assert.Null(copy.Issuing.IssuedOn);
        Assert.Equal((Plan2023.Place, Plan2023.SignerTitle, Plan2023.SignerName), (copy.Issuing.Place, copy.Issuing.SignerTitle, copy.Issuing.SignerName));
        Assert.DoesNotContain("2023", FormalInvitation.Letterhead(copy, bot.Settings, Lang.Vi).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_after_copying_names_the_fields_to_look_at()
    {
        CopyOf("Hội nghị MXH 27/4", Plan2023, title: Title + " năm 2023");

        var card = bot.TextsTo(Organizer)[^1];
        var review = string.Join("; ", new[] { Texts.ReviewTitle, Texts.ReviewPlanNumber, Texts.ReviewIssued }.Select(m => m.Plain(Lang.Vi)));
        Assert.EndsWith("\n\n" + Texts.MeetingCopyReview.Vi(review), card, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_title_with_the_day_and_month_gets_the_new_ones()
    {
        bot.Store.Put(bot.Store.Find<Meeting>(OldId)! with { ShortTitle = "Hội nghị MXH 27/4" });
        MeetingEditing.StartCopy(bot);

        bot.Text(Organizer, "08g00 5/12/2027");

        Assert.Equal("Hội nghị MXH 5/12", bot.Store.Find<Meeting>("hn-20271205")!.ShortTitle);
        Assert.DoesNotContain(Texts.ReviewShortTitle.Vi, bot.TextsTo(Organizer)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_title_without_a_date_gets_the_new_one_and_is_named_for_review()
    {
        var copy = CopyOf("Hội nghị MXH");

        Assert.Equal("Hội nghị MXH 27/4/2027", copy.ShortTitle);
        Assert.EndsWith(Texts.MeetingCopyReview.Vi(Texts.ReviewShortTitle.Vi), bot.TextsTo(Organizer)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_with_nothing_to_review_shows_the_card_alone()
    {
        CopyOf(null);

        Assert.DoesNotContain(Texts.MeetingCopyReview.Vi.Split(':')[0], bot.TextsTo(Organizer)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_meetings_list_tells_a_copy_from_its_original_by_the_date()
    {
        CopyOf("Hội nghị MXH");
        bot.Store.Put(bot.Store.Find<Meeting>(CopyId)! with { ShortTitle = "Hội nghị MXH" });

        bot.Command(Organizer, "/sukien");

        var labels = bot.LastWithButtons(Organizer)!.AllButtons().Select(b => b.Label).ToList();
        Assert.Equal(2, labels.Distinct().Count());
        Assert.All(labels, l => Assert.EndsWith("– Hội nghị MXH", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hội nghị 27/4", "Hội nghị 5/12")]
    [InlineData("HN 27/04/2023", "HN 05/12/2027")]
    [InlineData("Tổng kết 2023", "Tổng kết 2027")]
    [InlineData("Hội nghị 127/4", null)]
    [InlineData("Hội nghị MXH", null)]
    public void Redate_puts_the_new_date_in_the_old_ones_form(string text, string? expected)
    {
        Assert.Equal(expected, MeetingCopy.Redate(text, new DateOnly(2023, 4, 27), new DateOnly(2027, 12, 5)));
    }

    [Fact]
    public void A_copy_to_the_same_day_and_month_of_another_year_is_not_named_like_its_original()
    {
        var copy = CopyOf("Hội nghị MXH 27/4");

        Assert.Equal("Hội nghị MXH 27/4/2027", copy.ShortTitle);
        Assert.NotEqual(bot.Store.Find<Meeting>(OldId)!.Label, copy.Label);
        Assert.NotEqual(bot.Store.Find<Meeting>(OldId)!.FileStem, copy.FileStem);
    }
}
