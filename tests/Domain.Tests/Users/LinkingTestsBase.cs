using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>The people and steps the /lienket tests share: a member on Telegram, the same person on Zalo, someone else.</summary>
public abstract class LinkingTestsBase
{
    protected const string OtherName = "Trần Văn Bình";

    protected static readonly UserKey Organizer = ConversationDriver.Organizer;

    protected ConversationDriver Bot { get; } = Meetings.Driver();

    protected static string ProfileOf(string name = Registering.Name) =>
        Texts.Profile.For(Lang.Vi, name, "0901 234 567", Registering.UnitName, Registering.Position, "đã duyệt", "Thành viên").Value;

    protected void LinkedPair()
    {
        Registering.Seed(Bot, OnTelegram, MemberStatus.Approved);
        Link(Bot, OnTelegram, OnZalo);
        Assert.Equal(OnTelegram.ToString(), Bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Bot.Replies(OnTelegram);
        Bot.Replies(OnZalo);
    }

    protected Notice SendNotice() => Broadcasts.Send(Bot, Organizer);

    protected List<UserKey> NoticeDeliveries(Notice notice) =>
        Bot.Tagged(notice.Tag).Select(d => d.To).Where(to => to == OnTelegram || to == OnZalo).ToList();
}
