using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

/// <summary>The speaking list: the chosen comments in the MC's order, moved up and down by organizers.</summary>
public sealed class SpeakingListTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();
    private readonly Comment hoa;
    private readonly Comment binh;
    private readonly Comment cuc;

    public SpeakingListTests()
    {
        Member(bot, Alice, "Nguyễn Thị Hoa", "P05");
        Member(bot, Bob, "Trần Văn Bình", "P01");
        Member(bot, Carol, "Lê Thị Cúc", "HPN");
        hoa = Seed(bot, Alice, "P05", "Ý kiến của Hoa", at: bot.Now.AddMinutes(1));
        binh = Seed(bot, Bob, "P01", "Ý kiến của Bình", topic: SecondTopic, at: bot.Now.AddMinutes(2));
        cuc = Seed(bot, Carol, "HPN", "Ý kiến của Cúc", topic: null, at: bot.Now.AddMinutes(3));
    }

    [Fact]
    public void The_list_is_in_the_order_the_comments_were_chosen_for_the_MCs_script()
    {
        Choose(binh, hoa, cuc);

        bot.PressData(Organizer, $"yk:sp:{Key}");

        var list = Assert.Single(bot.Replies(Organizer).OfType<TextOut>());
        Assert.Equal(
            string.Join('\n', Texts.SpeakersHeader.Vi(Meeting.Title), "1. Trần Văn Bình (Phường 1) – " + SecondTopic, "2. Nguyễn Thị Hoa (Phường 5) – " + FirstTopic, "3. Lê Thị Cúc (Hội Liên hiệp Phụ nữ) – Nội dung khác"),
            list.Text.Value);
        Assert.Equal(["⬇ 1", "⬆ 2", "⬇ 2", "⬆ 3", "← Ý kiến"], list.AllButtons().Select(b => b.Label));
        Assert.DoesNotContain("Ý kiến của", list.Text.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_one_up_swaps_it_with_the_one_above_stores_the_order_and_audits_it()
    {
        Choose(binh, hoa, cuc);
        bot.PressData(Organizer, $"yk:sp:{Key}");
        bot.Replies(Organizer);

        bot.Press(Organizer, "⬆ 3");

        Assert.Equal([binh.Id, cuc.Id, hoa.Id], SpeakingList.Ordered(bot.Store, Meeting.Id).Select(c => c.Id));
        var order = bot.Store.Find<SpeakingOrder>(Meeting.Id)!;
        Assert.Equal([binh.Id, cuc.Id, hoa.Id], order.CommentIds);
        Assert.Equal(Organizer.ToString(), order.By);
        Assert.Equal(new AuditEntry(bot.Now, Organizer, "speaking.reordered", Meeting.Id, $"{cuc.Id}:up"), bot.Audit[^1]);
        var shown = Assert.Single(bot.Replies(Organizer).OfType<TextOut>()).Text.Value;
        Assert.Contains("2. Lê Thị Cúc", shown, StringComparison.Ordinal);
        Assert.Contains("3. Nguyễn Thị Hoa", shown, StringComparison.Ordinal);

        bot.Press(Organizer, "⬇ 1");

        Assert.Equal([cuc.Id, binh.Id, hoa.Id], SpeakingList.Ordered(bot.Store, Meeting.Id).Select(c => c.Id));
    }

    [Fact]
    public void Moving_the_first_one_up_changes_nothing()
    {
        Choose(binh, hoa);

        bot.PressData(Organizer, $"yk:up:{binh.Id}");

        Assert.Null(bot.Store.Find<SpeakingOrder>(Meeting.Id));
        Assert.DoesNotContain(bot.Audit, a => a.Action == "speaking.reordered");
    }

    [Fact]
    public void A_comment_chosen_after_the_arrangement_comes_last_and_one_taken_off_leaves_the_list()
    {
        Choose(binh, hoa);
        bot.PressData(Organizer, $"yk:dn:{binh.Id}");
        bot.Now = bot.Now.AddMinutes(10);

        Choose(cuc);
        Assert.Equal([hoa.Id, binh.Id, cuc.Id], SpeakingList.Ordered(bot.Store, Meeting.Id).Select(c => c.Id));

        bot.PressData(Organizer, $"yk:u:{hoa.Id}");
        Assert.Equal([binh.Id, cuc.Id], SpeakingList.Ordered(bot.Store, Meeting.Id).Select(c => c.Id));

        bot.Now = bot.Now.AddMinutes(10);
        Choose(hoa);
        Assert.Equal([binh.Id, cuc.Id, hoa.Id], SpeakingList.Ordered(bot.Store, Meeting.Id).Select(c => c.Id));
    }

    [Fact]
    public void A_withdrawn_speaker_leaves_the_list()
    {
        Choose(binh, hoa);
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, "🗑 Rút 1");
        bot.Press(Alice, "Rút ý kiến");

        Assert.Equal([binh.Id], SpeakingList.Ordered(bot.Store, Meeting.Id).Select(c => c.Id));
    }

    [Fact]
    public void Moving_a_comment_that_is_not_chosen_says_so()
    {
        Choose(binh);
        bot.Replies(Organizer);

        bot.PressData(Organizer, $"yk:up:{hoa.Id}");

        Assert.Equal([Texts.SpeakerNotSelected.Vi()], bot.TextsTo(Organizer));
    }

    [Fact]
    public void An_empty_list_says_nobody_is_chosen_yet()
    {
        bot.PressData(Organizer, $"yk:sp:{Key}");

        Assert.Contains(Texts.SpeakersNone.Vi(), bot.TextsTo(Organizer)[0], StringComparison.Ordinal);
    }

    private void Choose(params Comment[] comments)
    {
        foreach (var comment in comments)
        {
            bot.PressData(Organizer, $"yk:p:{comment.Id}");
            bot.Now = bot.Now.AddSeconds(1);
        }

        bot.Replies(Organizer);
    }
}
