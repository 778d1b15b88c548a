using Domain.ContentReports;
using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.ContentReports;

/// <summary>Helpers of the report tests: approved members and a report sent by chat.</summary>
internal static class Reporting
{
    public const string Link = "https://www.facebook.com/groups/khupho3/posts/123456";
    public const string Description = "Bài viết bịa đặt rằng phường sẽ thu hồi đất của cả khu phố.";

    public static readonly UserKey Coordinator = new("tg", "104");

    public static ConversationDriver Driver()
    {
        var bot = new ConversationDriver();
        Registering.Seed(bot, People.Alice, MemberStatus.Approved, "Nguyễn Thị Hoa");
        Registering.Seed(bot, People.Bob, MemberStatus.Approved, "Trần Văn Bình");
        Registering.Seed(bot, Coordinator, MemberStatus.Approved, "Lê Văn Cường");
        bot.Store.Put(new RoleGrant(Coordinator.ToString(), Role.Coordinator, ConversationDriver.Organizer.ToString(), bot.Now));
        return bot;
    }

    /// <summary>/phananh, the link, Continue (the platform comes from the link), the description, skip the place, send.</summary>
    public static ContentReport Send(ConversationDriver bot, UserKey user, string link = Link, string description = Description)
    {
        bot.Command(user, "/phananh");
        if (bot.SessionOf(user)?.Flow != ReportFlow.FlowName)
        {
            bot.Press(user, new ReportBegin().Encode());
        }

        bot.Text(user, link);
        bot.Press(user, Domain.Text.Texts.ReportContinue.Plain(Domain.Text.Lang.Vi));
        if (Step(bot, user) == ReportMachine.State.Platform)
        {
            bot.Press(user, Domain.Text.Texts.PlatformWebsite.Plain(Domain.Text.Lang.Vi));
        }

        bot.Text(user, description);
        bot.Press(user, Domain.Text.Texts.ReportSkip.Plain(Domain.Text.Lang.Vi));
        bot.Press(user, Domain.Text.Texts.ReportSend.Plain(Domain.Text.Lang.Vi));
        return bot.Store.All<ContentReport>().Where(r => r.ReporterId == user.ToString()).MaxBy(r => r.Number)!;
    }

    /// <summary>Presses a status on the report's card as an organizer, then gives the note (or none).</summary>
    public static void Decide(ConversationDriver bot, UserKey organizer, ContentReport report, ReportStatus status, string? note = null)
    {
        bot.PressData(organizer, new QueueSetStatus(report.Number, status).Encode());
        if (note is null)
        {
            bot.Press(organizer, Domain.Text.Texts.ReportNoNote.Plain(Domain.Text.Lang.Vi));
        }
        else
        {
            bot.Text(organizer, note);
        }
    }

    public static ReportMachine.State? Step(ConversationDriver bot, UserKey user) =>
        bot.SessionOf(user) is { Flow: ReportFlow.FlowName } session ? session.Step<ReportMachine.State>() : null;

    public static TextOut Last(ConversationDriver bot, UserKey user) => bot.AllSentTo(user).OfType<TextOut>().Last();
}
