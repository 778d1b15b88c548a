using Domain.Conversations;
using Domain.Guests;
using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// Accepting a nomination invites the member of the nominee's unit only: a namesake in another
/// unit is never invited, two members of that name in the unit are not guessed between, and the
/// typed confirmation says beforehand who is invited. Once the meeting took place, nobody is.
/// </summary>
public sealed class NominationMatchTests
{
    private static readonly UserKey Namesake = People.Carol;

    /// <summary>Phường 8's report nominates <paramref name="name"/> of <paramref name="unit"/>.</summary>
    private static ReportingRound Sent(ConversationDriver bot, string name, string unit)
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        Page(bot, Reporter, "MTTQ Phường 8", "1.250", ["10", "20", "30"]);
        bot.Press(Reporter, Texts.NoMorePages.Plain(Lang.Vi));
        foreach (var answer in new[] { "4", "5", "6", "7", "Thiếu người viết bài", "Tập huấn kỹ năng" })
        {
            bot.Text(Reporter, answer);
        }

        bot.Press(Reporter, Texts.AddNomination.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.NomineePerson.Plain(Lang.Vi));
        bot.Text(Reporter, name);
        bot.Text(Reporter, unit);
        bot.Text(Reporter, "Viết 120 bài năm 2023");
        bot.Press(Reporter, Texts.NominationsDone.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        return round;
    }

    private static string Accept(ReportingRound round) => new ReportAdminPress(ReportAdminPress.Accept, round.Id, "P08", "0").Encode();

    /// <summary>The typed "1" that the organizer is asked to confirm: the consequence it states.</summary>
    private static string Typed(ConversationDriver bot, ReportingRound round)
    {
        bot.TextsTo(ConversationDriver.Organizer);
        bot.Send(ConversationDriver.Organizer, new ButtonIn(Accept(round), null, 1));
        return bot.TextsTo(ConversationDriver.Organizer).Single();
    }

    [Fact]
    public void A_namesake_in_another_unit_is_not_invited_a_guest_invitation_is_made_and_said_beforehand()
    {
        var bot = Driver();
        var round = Sent(bot, "Trần Văn Bình", "Phường 8");

        Assert.Equal(Texts.NominationWillInviteGuest.Vi("Trần Văn Bình", "Phường 8"), Typed(bot, round));
        bot.Replies(OtherUnit);
        bot.PressData(ConversationDriver.Organizer, Accept(round));

        Assert.Empty(bot.TextsTo(OtherUnit));
        var guest = Assert.Single(bot.Store.All<Guest>());
        Assert.Equal(("Trần Văn Bình", "Phường 8"), (guest.FullName, guest.Unit));
        Assert.Null(ReportOf(bot, round)!.Current!.Content.Nominations[0].MemberId);
    }

    [Fact]
    public void The_member_of_the_named_unit_is_invited_not_the_namesake_elsewhere()
    {
        var bot = Driver();
        Meetings.AddMember(bot, Namesake, "Trần Văn Bình", "P08", "+84912345670");
        var round = Sent(bot, "Trần Văn Bình", "phường 08");

        Assert.Equal(Texts.NominationWillInviteMember.Vi("Trần Văn Bình", "phường 08", "Trần Văn Bình", "Phường 8"), Typed(bot, round));
        bot.Replies(OtherUnit);
        bot.Replies(Namesake);
        bot.PressData(ConversationDriver.Organizer, Accept(round));

        Assert.Empty(bot.TextsTo(OtherUnit));
        Assert.Contains(bot.TextsTo(Namesake), t => t.Contains(Meetings.Title, StringComparison.Ordinal));
        Assert.Equal(Namesake.ToString(), ReportOf(bot, round)!.Current!.Content.Nominations[0].MemberId);
        Assert.Empty(bot.Store.All<Guest>());
    }

    [Fact]
    public void Two_members_of_that_name_in_the_unit_are_not_guessed_between()
    {
        var bot = Driver();
        Meetings.AddMember(bot, Namesake, "Trần Văn Bình", "P09", "+84912345670");
        var round = Sent(bot, "Trần Văn Bình", "Phường 9");

        Assert.Equal(Texts.NominationWillInviteAmbiguous.Vi("Trần Văn Bình", "Phường 9", 2), Typed(bot, round));
        bot.Replies(OtherUnit);
        bot.Replies(Namesake);
        bot.PressData(ConversationDriver.Organizer, Accept(round));

        Assert.Empty(bot.TextsTo(OtherUnit));
        Assert.Empty(bot.TextsTo(Namesake));
        Assert.Single(bot.Store.All<Guest>());
        Assert.Null(ReportOf(bot, round)!.Current!.Content.Nominations[0].MemberId);
    }

    [Fact]
    public void After_the_meeting_began_a_member_is_not_invited_and_the_organizer_is_told_so()
    {
        var bot = Driver();
        var round = Sent(bot, "Trần Văn Bình", "Phường 9");
        bot.Now = Meetings.Sample().StartsAt.AddMinutes(1);

        Assert.Equal(Texts.NominationWillInviteNobody.Vi("Trần Văn Bình", "Phường 9", Meetings.Sample().Label), Typed(bot, round));
        bot.Replies(OtherUnit);
        bot.PressData(ConversationDriver.Organizer, Accept(round));

        Assert.Empty(bot.Replies(OtherUnit));
        Assert.Equal([Texts.NominationAcceptedMemberMeetingPast.Vi("Trần Văn Bình", Meetings.Sample().Label)], bot.TextsTo(ConversationDriver.Organizer));
        Assert.True(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);
    }

    [Theory]
    [InlineData("Phường 8", "P08")]
    [InlineData("  phường   08 ", "P08")]
    [InlineData("p09", "P09")]
    [InlineData("", "P08")]
    [InlineData("Công an Quận 5", null)]
    [InlineData("Phường 8, Quận 5", null)]
    public void The_nominees_unit_is_the_one_written_else_the_reporting_units(string written, string? code)
    {
        var units = new UnitCatalog([new Unit("P08", "Phường 8", UnitGroup.Ward), new Unit("P09", "Phường 9", UnitGroup.Ward)]);

        Assert.Equal(code, NomineeMatch.UnitOf(units, written, "P08"));
    }
}
