using Domain.Campaigns;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Notices;

/// <summary>A notice or campaign whose text names a person who erases their data keeps its words, with their name and number shown as erased.</summary>
public sealed class NoticeErasureTests
{
    private static readonly string Erased = Texts.ErasedName.Vi;

    [Fact]
    public void A_notice_and_a_campaign_naming_the_person_keep_their_words_without_the_name_or_number()
    {
        var bot = Driver();
        var now = bot.Now;
        Broadcasts.Seed(bot, "tb1", now, text: "<b>Khen thưởng</b> đồng chí <i>Trần Văn Bình</i> (0912 345 679).", recipients: [Reporter, OtherUnit]);
        Broadcasts.Seed(bot, "tb2", now, NoticeStatus.Done, text: "Kính mời dự hội nghị.");
        bot.Store.Put(new Campaign
        {
            Id = "cd1",
            Title = "Chia sẻ bài của Trần Văn Bình",
            Text = "Liên hệ +84 912 345 679.",
            Action = "Chia sẻ",
            AudienceSpec = "all",
            AudienceText = "Tất cả thành viên",
            CreatedBy = ConversationDriver.Organizer.ToString(),
        });

        bot.Command(OtherUnit, "/xoadulieu");
        bot.Press(OtherUnit, Texts.EraseYes.Plain(Lang.Vi));

        var named = bot.Store.Find<Notice>("tb1")!;
        Assert.Equal($"<b>Khen thưởng</b> đồng chí <i>{Erased}</i> ({Erased}).", named.Text);
        Assert.Equal([Reporter.ToString()], named.Recipients);
        Assert.Equal("Kính mời dự hội nghị.", bot.Store.Find<Notice>("tb2")!.Text);
        var campaign = bot.Store.Find<Campaign>("cd1")!;
        Assert.Equal(($"Chia sẻ bài của {Erased}", $"Liên hệ {Erased}."), (campaign.Title, campaign.Text));
    }

    [Fact]
    public void Someone_else_with_another_name_leaves_the_notice_as_it_was()
    {
        var bot = Driver();
        Broadcasts.Seed(bot, "tb1", bot.Now, text: "Khen thưởng đồng chí Trần Văn Bình.", recipients: [Reporter, OtherUnit]);

        bot.Command(Reporter, "/xoadulieu");
        bot.Press(Reporter, Texts.EraseYes.Plain(Lang.Vi));

        var notice = bot.Store.Find<Notice>("tb1")!;
        Assert.Equal("Khen thưởng đồng chí Trần Văn Bình.", notice.Text);
        Assert.Equal([OtherUnit.ToString()], notice.Recipients);
    }
}
