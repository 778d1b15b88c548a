using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

/// <summary>/ykien: organizers page through new comments and mark them seen, hidden or chosen to speak.</summary>
public sealed partial class ReviewTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public ReviewTests()
    {
        Member(bot, Alice, "Nguyễn Thị Hoa", "P05");
        Member(bot, Bob, "Trần Văn Bình", "P01");
        Member(bot, Carol, "Lê Thị Cúc", "HPN");
    }

    [Fact]
    public void Ykien_by_a_member_points_to_gopy_and_shows_no_comment()
    {
        Seed(bot, Bob, "P01", "Ý kiến của Bình");

        bot.Command(Alice, "/ykien");

        Assert.Equal([Texts.CommentsUseGopy.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void Ykien_by_a_stranger_is_not_allowed()
    {
        var stranger = new Domain.Users.UserKey("tg", "777");

        bot.Command(stranger, "/ykien");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(stranger));
    }

    [Theory]
    [InlineData("m:{key}")]
    [InlineData("pg:{key}:a:0")]
    [InlineData("s:{id}")]
    [InlineData("h:{id}")]
    [InlineData("p:{id}")]
    [InlineData("u:{id}")]
    [InlineData("sp:{key}")]
    [InlineData("up:{id}")]
    [InlineData("dn:{id}")]
    [InlineData("un:{key}")]
    [InlineData("rm:{key}")]
    [InlineData("xp:{key}")]
    public void A_member_with_forged_review_data_is_refused_and_nothing_changes(string arg)
    {
        var bobs = Seed(bot, Bob, "P01", "Ý kiến riêng của Bình");
        var other = Seed(bot, Carol, "HPN", "Ý kiến của Cúc", CommentStatus.Selected);
        var turns = bot.Turns.Count;

        bot.PressData(Alice, "yk:" + arg.Replace("{key}", Key, StringComparison.Ordinal).Replace("{id}", arg.StartsWith("up", StringComparison.Ordinal) ? other.Id : bobs.Id, StringComparison.Ordinal));

        var turn = Assert.Single(bot.Turns.Skip(turns));
        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        Assert.All(turn.Changes.Deliveries, d => Assert.Equal(Alice, d.To));
        Assert.DoesNotContain(turn.Changes.Upserts, e => e is not Session);
        Assert.Empty(turn.Changes.Signals);
        Assert.Empty(turn.Changes.Audit);
        Assert.Empty(bot.DiscussionFiles.Exported);
        Assert.Same(bobs, Reload(bot, bobs));
    }

    [Fact]
    public void Ykien_shows_the_counts_then_five_new_comments_by_topic_each_with_its_buttons()
    {
        var comments = SeedTwelve();

        bot.Command(Organizer, "/ykien");

        var replies = bot.Replies(Organizer).OfType<TextOut>().ToList();
        Assert.Equal(6, replies.Count);
        Assert.Equal(
            Texts.CommentsReviewHeader.Vi(Meeting.Title, 11, 0, 0, 0, 1) + "\n\n" + Texts.CommentsPageNew.Vi(1, 3),
            replies[0].Text.Value);
        Assert.Empty(replies[0].Buttons);
        var expected = comments.Where(c => c.Status == CommentStatus.New)
            .OrderBy(c => c.Topic is null ? 2 : c.Topic == FirstTopic ? 0 : 1)
            .ThenBy(c => c.SubmittedAt)
            .Take(5)
            .ToList();
        for (var i = 0; i < 5; i++)
        {
            var card = replies[i + 1];
            Assert.Contains(expected[i].Text, card.Text.Value, StringComparison.Ordinal);
            Assert.Equal(["Đã xem", "Ẩn", "Chọn phát biểu"], card.Buttons[0].Select(b => b.Label));
            Assert.Equal($"yk:s:{expected[i].Id}", card.Buttons[0][0].Data);
        }

        Assert.All(replies.Skip(1).Take(4), card => Assert.Single(card.Buttons));
        Assert.Equal(
            ["Trang sau ▶", "🎤 Danh sách phát biểu", "🏢 Theo đơn vị", "📋 Tất cả ý kiến", "📥 Xuất XLSX, CSV"],
            replies[5].Buttons.Skip(1).SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public void Trang_sau_and_Trang_truoc_turn_the_pages()
    {
        SeedTwelve();
        bot.Command(Organizer, "/ykien");
        bot.Replies(Organizer);

        bot.Press(Organizer, "Trang sau ▶");
        var second = bot.Replies(Organizer).OfType<TextOut>().ToList();
        Assert.EndsWith(Texts.CommentsPageNew.Vi(2, 3), second[0].Text.Value, StringComparison.Ordinal);
        Assert.Equal(6, second.Count);
        Assert.Equal(["◀ Trang trước", "Trang sau ▶"], second[^1].Buttons[1].Select(b => b.Label));

        bot.Press(Organizer, "Trang sau ▶");
        var third = bot.Replies(Organizer).OfType<TextOut>().ToList();
        Assert.EndsWith(Texts.CommentsPageNew.Vi(3, 3), third[0].Text.Value, StringComparison.Ordinal);
        Assert.Equal(2, third.Count);
        Assert.Equal(["◀ Trang trước"], third[^1].Buttons[1].Select(b => b.Label));

        bot.Press(Organizer, "◀ Trang trước");
        Assert.EndsWith(Texts.CommentsPageNew.Vi(2, 3), bot.TextsTo(Organizer)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_past_the_end_shows_the_last_page()
    {
        SeedTwelve();

        bot.PressData(Organizer, $"yk:pg:{Key}:n:9999");

        Assert.EndsWith(Texts.CommentsPageNew.Vi(3, 3), bot.TextsTo(Organizer)[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yk:pg:{key}:n:-1")]
    [InlineData("yk:pg:{key}:x:0")]
    [InlineData("yk:pg:{key}:n:99999")]
    [InlineData("yk:pg:0000000:n:0")]
    [InlineData("yk:s:0000000000")]
    [InlineData("yk:zz:{key}")]
    [InlineData("yk")]
    public void Broken_or_stale_review_data_has_expired(string data)
    {
        bot.PressData(Organizer, data.Replace("{key}", Key, StringComparison.Ordinal));

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
    }

    [Fact]
    public void With_no_new_comment_the_header_carries_the_menu()
    {
        bot.Command(Organizer, "/ykien");

        var reply = Assert.Single(bot.Replies(Organizer).OfType<TextOut>());
        Assert.EndsWith(Texts.NoNewComments.Vi(), reply.Text.Value, StringComparison.Ordinal);
        Assert.Contains(reply.AllButtons(), b => b.Label == "🎤 Danh sách phát biểu");
    }

    [Fact]
    public void All_comments_show_seen_hidden_and_chosen_ones_but_never_withdrawn_ones()
    {
        Seed(bot, Alice, "P05", "Ý kiến đã xem", CommentStatus.Seen, at: bot.Now.AddMinutes(1));
        Seed(bot, Bob, "P01", "Ý kiến đã ẩn", CommentStatus.Hidden, at: bot.Now.AddMinutes(2));
        Seed(bot, Carol, "HPN", "Ý kiến được chọn", CommentStatus.Selected, at: bot.Now.AddMinutes(3));
        Seed(bot, Carol, "HPN", string.Empty, CommentStatus.Withdrawn, at: bot.Now.AddMinutes(4));
        bot.Command(Organizer, "/ykien");
        bot.Replies(Organizer);

        bot.Press(Organizer, "📋 Tất cả ý kiến");

        var replies = bot.Replies(Organizer).OfType<TextOut>().ToList();
        Assert.EndsWith(Texts.CommentsPageAll.Vi(1, 1), replies[0].Text.Value, StringComparison.Ordinal);
        Assert.Equal(4, replies.Count);
        Assert.Equal(["Ẩn", "Chọn phát biểu"], replies[1].Buttons[0].Select(b => b.Label));
        Assert.Equal(["Bỏ ẩn", "Chọn phát biểu"], replies[2].Buttons[0].Select(b => b.Label));
        Assert.Equal(["Bỏ chọn phát biểu"], replies[3].Buttons[0].Select(b => b.Label));
        Assert.Contains(replies[3].AllButtons(), b => b.Label == "🆕 Ý kiến mới");
    }

    [Fact]
    public void A_card_names_the_author_and_unit_and_escapes_the_text()
    {
        Seed(bot, Alice, "P05", "<b>Không</b> & \"ngoặc\"");

        bot.Command(Organizer, "/ykien");

        var card = bot.Replies(Organizer).OfType<TextOut>().Last().Text.Value;
        Assert.Contains("👤 Nguyễn Thị Hoa – Phường 5", card, StringComparison.Ordinal);
        Assert.EndsWith("&lt;b&gt;Không&lt;/b&gt; &amp; &quot;ngoặc&quot;", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_author_and_organizers_are_ever_sent_a_comments_text()
    {
        Submit(bot, Alice, "Ý kiến nhạy cảm của Hoa về chính sách.");
        bot.Command(Bob, "/gopy");
        bot.Command(Organizer, "/ykien");
        bot.Press(Organizer, "Chọn phát biểu");
        bot.Press(Organizer, "🎤 Danh sách phát biểu");
        bot.Press(Organizer, "← Ý kiến");
        bot.Press(Organizer, "🏢 Theo đơn vị");
        bot.Press(Organizer, bot.LastWithButtons(Organizer)!.AllButtons().Single(b => b.Label.StartsWith("🔔", StringComparison.Ordinal)).Data);

        var carrying = bot.Turns.SelectMany(t => t.Changes.Deliveries)
            .Where(d => d.Message is TextOut text && text.Text.Value.Contains("nhạy cảm", StringComparison.Ordinal))
            .Select(d => d.To)
            .Distinct()
            .ToList();
        Assert.Equal(new HashSet<UserKey> { Alice, Organizer }, carrying.ToHashSet());
        Assert.DoesNotContain(bot.Audit, a => (a.Details ?? string.Empty).Contains("nhạy cảm", StringComparison.Ordinal));
    }

    private List<Comment> SeedTwelve()
    {
        var comments = new List<Comment>();
        string?[] topics = [SecondTopic, FirstTopic, null];
        for (var i = 0; i < 12; i++)
        {
            var author = new UserKey("tg", (300 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var unit = $"P{(i % 14) + 1:00}";
            Member(bot, author, $"Thành Viên {(char)('A' + i)}", unit);
            comments.Add(Seed(bot, author, unit, $"Ý kiến số {i + 1:00} của phường", i == 11 ? CommentStatus.Withdrawn : CommentStatus.New, topics[i % 3], bot.Now.AddMinutes(i)));
        }

        return comments;
    }
}
