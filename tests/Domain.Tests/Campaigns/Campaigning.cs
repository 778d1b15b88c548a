using Domain.Campaigns;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Campaigns;

/// <summary>Members put straight into the store, and campaigns composed by chat as an organizer would.</summary>
public static class Campaigning
{
    public const string Link = "https://www.facebook.com/mttq.q5/posts/100";

    /// <summary>The id of the first campaign of <see cref="ConversationDriver.Organizer"/> at the driver's start time (its clock is UTC).</summary>
    public const string FirstId = "cd250301-020000-t9001";

    public static UserKey AddMember(this ConversationDriver driver, string id, string unit, string name = "Nguyễn Văn An", MemberStatus status = MemberStatus.Approved)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var key = new UserKey("tg", id);
        driver.Store.Put(new Member { Id = key.ToString(), FullName = name, Phone = "+84901234567", UnitCode = unit, Position = "Tuyên truyền viên", Status = status });
        return key;
    }

    /// <summary>Walks the organizer from /chiendich to the preview; the audience presses are everyone unless told.</summary>
    public static void ToPreview(ConversationDriver driver, string content = Link, bool proof = true, string deadline = "20g00 5/3/2025", string[]? audience = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var organizer = ConversationDriver.Organizer;
        driver.Command(organizer, "/chiendich");
        driver.Press(organizer, "cdb:new");
        driver.Text(organizer, "Chia sẻ bài Ngày hội Đại đoàn kết");
        driver.Text(organizer, content);
        driver.Press(organizer, "cd:np");
        driver.Text(organizer, "Chia sẻ lên trang cá nhân");
        foreach (var data in audience ?? ["cd:all"])
        {
            driver.Press(organizer, data);
        }

        driver.Text(organizer, deadline);
        driver.Press(organizer, proof ? "cd:pf:1" : "cd:pf:0");
    }

    public static Campaign Send(ConversationDriver driver, bool proof = true, string[]? audience = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ToPreview(driver, proof: proof, audience: audience);
        driver.Press(ConversationDriver.Organizer, "cd:send");
        return Assert.Single(driver.Turns[^1].Changes.Upserts.OfType<Campaign>());
    }

    public static CampaignAnswer? AnswerOf(this ConversationDriver driver, string campaignId, UserKey member)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.Store.Find<CampaignAnswer>(CampaignAnswer.IdFor(campaignId, member.ToString()));
    }
}
