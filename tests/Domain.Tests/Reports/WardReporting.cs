using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;

namespace Domain.Tests.Reports;

/// <summary>The round of the report tests: the plan's meeting in 2027, a reporter of Phường 8 and a member of Phường 9.</summary>
internal static class WardReporting
{
    public static readonly UserKey Reporter = People.Alice;
    public static readonly UserKey OtherUnit = People.Bob;
    public static readonly UserKey Stranger = new("tg", "777");

    public static ConversationDriver Driver()
    {
        var bot = Meetings.Driver();
        bot.Now = Meetings.Local(2027, 4, 1, 9, 0);
        Meetings.Put(bot);
        Meetings.AddMember(bot, Reporter, "Lê Thị Lan", "P08", "+84912345678");
        Meetings.AddMember(bot, OtherUnit, "Trần Văn Bình", "P09", "+84912345679");
        return bot;
    }

    /// <summary>/baocao → open → the meeting → open and send, with the defaults.</summary>
    public static ReportingRound Open(ConversationDriver bot)
    {
        bot.Command(ConversationDriver.Organizer, "/baocao");
        bot.Press(ConversationDriver.Organizer, Texts.OpenRoundButton.Plain(Lang.Vi));
        bot.Press(ConversationDriver.Organizer, MeetingChoice());
        bot.Press(ConversationDriver.Organizer, Texts.OpenRoundSend.Plain(Lang.Vi));
        return bot.Store.All<ReportingRound>().Single();
    }

    /// <summary>The sample meeting as the round's meeting picker shows it: its date beside its short title.</summary>
    public static string MeetingChoice() => Domain.Events.MeetingFormat.Choice(Meetings.Sample(), Meetings.Saigon, Lang.Vi);

    public static void Start(ConversationDriver bot, UserKey user, ReportingRound round) => bot.PressData(user, new ReportStart(round.Id).Encode());

    /// <summary>Answers one page's questions: platform, name, link, followers, posts per year, admins, collaborators.</summary>
    public static void Page(ConversationDriver bot, UserKey user, string name, string followers, string[] posts, string admins = "2", string collaborators = "5", string platform = "Facebook")
    {
        bot.Press(user, platform);
        bot.Text(user, name);
        bot.Text(user, $"facebook.com/{name.Replace(' ', '.')}");
        bot.Text(user, followers);
        foreach (var count in posts)
        {
            bot.Text(user, count);
        }

        bot.Text(user, admins);
        bot.Text(user, collaborators);
    }

    /// <summary>From the first question to the review: two pages, the unit's figures, one nomination.</summary>
    public static void FillTwoPages(ConversationDriver bot, UserKey user)
    {
        Page(bot, user, "MTTQ Phường 8", "1.250", ["10", "20", "30"]);
        bot.Press(user, Texts.AddPage.Plain(Lang.Vi));
        Page(bot, user, "Zalo Phường 8", "300", ["1", "2", "3"], admins: "1", collaborators: "0", platform: "Zalo OA");
        bot.Press(user, Texts.NoMorePages.Plain(Lang.Vi));
        foreach (var count in new[] { "4", "5", "6" })
        {
            bot.Text(user, count);
        }

        bot.Text(user, "7");
        bot.Text(user, "Thiếu người viết bài");
        bot.Text(user, "Tập huấn kỹ năng");
        bot.Press(user, Texts.AddNomination.Plain(Lang.Vi));
        bot.Press(user, Texts.NomineePerson.Plain(Lang.Vi));
        bot.Text(user, "Trần Văn Bình");
        bot.Text(user, "Phường 9");
        bot.Text(user, "Viết 120 bài năm 2023");
        bot.Press(user, Texts.NominationsDone.Plain(Lang.Vi));
    }

    public static UnitReport? ReportOf(ConversationDriver bot, ReportingRound round, string unit = "P08") =>
        bot.Store.Find<UnitReport>(UnitReport.IdFor(round.Id, unit));
}
