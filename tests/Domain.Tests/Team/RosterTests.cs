using System.Text;
using Domain.Conversations;
using Domain.Members;
using Domain.Team;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Team;

/// <summary>/totuyentruyen: the team's approved members by unit, with role and join date, for organizers only.</summary>
public sealed class RosterTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;
    private static readonly UserKey Dung = new("tg", "201");
    private static readonly UserKey Giang = new("tg", "202");
    private static readonly UserKey Erased = new("tg", "203");
    private static readonly UserKey Stranger = new("tg", "999");

    private readonly ConversationDriver bot = new(new BotSettings
    {
        Organizers = new HashSet<UserKey> { ConversationDriver.Organizer },
        TimeZone = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), null, null),
    });

    public RosterTests()
    {
        // Alice (P05, plain member), Bob (P07, coordinator), Carol pending, Dung rejected,
        // Giang (HPN, granted organizer), and one who erased their data; a member of BTT joined
        // before approval times were kept for every approval.
        Put(Alice, "Nguyễn Thị Hoa", "P05", MemberStatus.Approved, decidedAt: At(2025, 3, 2, 23, 30));
        Put(Bob, "Trần Văn Bình", "P07", MemberStatus.Approved, decidedAt: At(2025, 3, 3, 9, 0));
        bot.Store.Put(new RoleGrant(Bob.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));
        Put(Carol, "Lê Thị Cúc", "P05", MemberStatus.Pending);
        Put(Dung, "Đỗ Văn Dũng", "P05", MemberStatus.Rejected, decidedAt: At(2025, 3, 3, 9, 0));
        Put(Giang, "Âu Thị Giang", "HPN", MemberStatus.Approved, decidedAt: At(2025, 3, 4, 9, 0));
        bot.Store.Put(new RoleGrant(Giang.ToString(), Role.Organizer, Organizer.ToString(), bot.Now));
        Put(new UserKey("tg", "204"), "Ánh Ngọc Lê", "P05", MemberStatus.Approved, decidedAt: null, registeredAt: At(2024, 12, 31, 20, 0));
        Put(new UserKey("tg", "205"), "Bùi Văn An", "P05", MemberStatus.Approved, decidedAt: At(2025, 3, 5, 9, 0));
        Put(Erased, "Phạm Thị Riêng Tư", "P07", MemberStatus.Approved, decidedAt: At(2025, 3, 3, 9, 0));
        bot.Command(Erased, "/xoadulieu");
        bot.Press(Erased, Texts.EraseYes.Vi);
        Assert.Null(bot.MemberOf(Erased));
    }

    [Fact]
    public void The_roster_holds_exactly_the_approved_members_by_unit_in_the_units_order()
    {
        bot.Command(Organizer, "/totuyentruyen");

        var roster = Assert.Single(bot.TeamFiles.Rosters);
        Assert.Equal(
            [
                ("Phường 5", "Ánh Ngọc Lê"),
                ("Phường 5", "Bùi Văn An"),
                ("Phường 5", "Nguyễn Thị Hoa"),
                ("Phường 7", "Trần Văn Bình"),
                ("Hội Liên hiệp Phụ nữ", "Âu Thị Giang"),
            ],
            roster.Rows.Select(r => (r.UnitName, r.FullName)));
        Assert.All(roster.Rows, r => Assert.Equal(Registering.Position, r.Position));
    }

    [Fact]
    public void Each_member_has_their_role_and_the_day_they_were_approved_in_the_committees_time_zone()
    {
        bot.Command(Organizer, "/totuyentruyen");

        var rows = Assert.Single(bot.TeamFiles.Rosters).Rows.ToDictionary(r => r.FullName);
        Assert.Equal((Texts.RoleMember.Vi, new DateOnly(2025, 3, 3)), (rows["Nguyễn Thị Hoa"].Role, rows["Nguyễn Thị Hoa"].JoinedOn));
        Assert.Equal(Texts.RoleCoordinator.Vi, rows["Trần Văn Bình"].Role);
        Assert.Equal(Texts.RoleOrganizer.Vi, rows["Âu Thị Giang"].Role);
        // No approval time kept: the registration's day stands in.
        Assert.Equal(new DateOnly(2025, 1, 1), rows["Ánh Ngọc Lê"].JoinedOn);
    }

    [Fact]
    public void A_record_without_any_time_has_no_join_date_rather_than_year_one()
    {
        var member = new Member { Id = "tg:1", FullName = "A", Phone = "+84900000000", UnitCode = "P01", Position = "B", Status = MemberStatus.Approved };

        Assert.Null(RosterReport.JoinedOn(member, TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_organizer_gets_an_xlsx_and_a_csv_with_the_launch_title_from_the_profile()
    {
        bot.Command(Organizer, "/totuyentruyen");

        var documents = bot.Replies(Organizer).OfType<DocumentOut>().ToList();
        Assert.Equal(["to-tuyen-truyen-vien-2025-03-01.xlsx", "to-tuyen-truyen-vien-2025-03-01.csv"], documents.Select(d => d.FileName));
        Assert.Equal(["xlsx:5", "csv:5"], documents.Select(d => Encoding.UTF8.GetString(d.Content)));
        Assert.Equal(Texts.RosterCaption.Vi(Profile.Team(Lang.Vi), 5), documents[0].Caption?.Value);
        var roster = Assert.Single(bot.TeamFiles.Rosters);
        var organization = bot.Settings.Organization;
        Assert.Equal(Texts.RosterTitle.For(Lang.Vi, organization.TeamName.Vi, organization.FullName.Vi).ToPlain(), roster.Title);
        Assert.Equal(Texts.RosterSubtitle.For(Lang.Vi, organization.TeamName.Vi, 5, "01/03/2025").ToPlain(), roster.Subtitle);
        Assert.Equal(("roster.exported", "5"), (bot.Audit[^1].Action, bot.Audit[^1].Details));
    }

    [Fact]
    public void Another_committees_profile_names_its_own_team()
    {
        var other = new ConversationDriver(new BotSettings
        {
            Organizers = new HashSet<UserKey> { Organizer },
            Organization = new Organization { TeamName = new("Tổ truyền thông", "media team"), FullName = new("Ủy ban MTTQ Việt Nam Phường Bến Nghé") },
        });
        Registering.Seed(other, Alice, MemberStatus.Approved);

        other.Command(Organizer, "/totuyentruyen");

        Assert.Equal("Danh sách thành viên Tổ truyền thông – Ủy ban MTTQ Việt Nam Phường Bến Nghé", Assert.Single(other.TeamFiles.Rosters).Title);
    }

    [Fact]
    public void No_approved_member_is_said_in_one_sentence_without_files()
    {
        var empty = new ConversationDriver();
        Registering.Seed(empty, Alice, MemberStatus.Pending);

        empty.Command(Organizer, "/totuyentruyen");

        Assert.Equal([Texts.RosterEmpty.Vi(Profile.Team(Lang.Vi))], empty.Replies(Organizer).Texts());
        Assert.Empty(empty.TeamFiles.Rosters);
    }

    [Fact]
    public void A_plain_member_a_coordinator_a_pending_person_and_a_stranger_get_no_roster()
    {
        foreach (var user in new[] { Alice, Bob, Carol, Stranger })
        {
            bot.Replies(user);
            bot.Command(user, "/totuyentruyen");
            bot.Command(user, "/roster");

            Assert.Equal([Texts.NotAllowed.Vi(), Texts.NotAllowed.Vi()], bot.Replies(user).Texts());
        }

        Assert.Empty(bot.TeamFiles.Rosters);
        Assert.DoesNotContain(bot.Audit, a => a.Action == "roster.exported");
    }

    [Fact]
    public void A_granted_organizer_gets_it_in_english_when_they_read_english()
    {
        bot.Command(Giang, "/lang");
        bot.Press(Giang, "English");

        bot.Command(Giang, "/roster");

        var rows = Assert.Single(bot.TeamFiles.Rosters).Rows;
        Assert.Equal(Texts.RoleCoordinator.En, rows.Single(r => r.FullName == "Trần Văn Bình").Role);
    }

    [Fact]
    public void An_auto_approved_registration_keeps_the_time_of_approval()
    {
        var auto = new ConversationDriver(new BotSettings { AutoApprove = true, Organizers = new HashSet<UserKey> { Organizer } });

        Registering.Complete(auto, Alice);

        var member = auto.MemberOf(Alice)!;
        Assert.Equal((MemberStatus.Approved, auto.Now), (member.Status, member.DecidedAt));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private void Put(UserKey user, string name, string unit, MemberStatus status, DateTimeOffset? decidedAt = null, DateTimeOffset? registeredAt = null) =>
        bot.Store.Put(Registering.Seed(bot, user, status, name, unit) with
        {
            // Each their own phone: the same number would offer to merge profiles.
            Phone = "+8490" + user.Id.PadLeft(7, '0'),
            DecidedAt = decidedAt,
            RegisteredAt = registeredAt ?? bot.Now,
        });
}
