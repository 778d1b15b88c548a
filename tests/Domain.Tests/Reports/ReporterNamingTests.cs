using Domain.Conversations;
using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// Naming a unit's reporter: Carol coordinates Phường 8, Lan (the plain member) is named, Dũng is
/// another member of Phường 8, Bình belongs to Phường 9.
/// </summary>
public sealed class ReporterNamingTests
{
    /// <summary>The round as reporters see it named: the meeting and the period.</summary>
    private static readonly string RoundLabel = Texts.RoundLabel.Vi(Meetings.Title, "2021–2023");

    private static readonly UserKey Organizer = ConversationDriver.Organizer;
    private static readonly UserKey Coordinator = People.Carol;
    private static readonly UserKey Dung = new("tg", "104");

    private static (ConversationDriver Bot, ReportingRound Round) Setup()
    {
        var bot = Driver();
        Meetings.AddMember(bot, Coordinator, "Phạm Thị Cúc", "P08", "+84912345670");
        Meetings.AddMember(bot, Dung, "Đỗ Văn Dũng", "P08", "+84912345671");
        bot.Store.Put(new RoleGrant(Coordinator.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));
        var round = Open(bot);
        foreach (var user in new[] { Organizer, Coordinator, Reporter, Dung, OtherUnit })
        {
            bot.Replies(user);
        }

        return (bot, round);
    }

    private static string NameData(ReportingRound round, UserKey member, string unit = "P08") =>
        new ReporterPress(ReporterPress.Name, round.Id, unit, member.ToString()).Encode();

    private static bool Named(ConversationDriver bot, UserKey member, string unit = "P08") =>
        bot.Store.Find<ReportReporter>(ReportReporter.IdFor(unit, member.ToString())) is not null;

    [Fact]
    public void An_organizer_names_a_member_from_the_rounds_progress_and_the_member_gets_the_report_button()
    {
        var (bot, round) = Setup();
        bot.PressData(Organizer, new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode());

        bot.Press(Organizer, Texts.ReportersButton.Plain(Lang.Vi));
        bot.Press(Organizer, "Phường 8");
        var screen = bot.TextsTo(Organizer)[^1];
        bot.Press(Organizer, Texts.ReporterAddButton.Plain(Lang.Vi));
        var candidates = bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();
        bot.Press(Organizer, "Lê Thị Lan");

        Assert.Equal(Texts.ReportersScreen.Vi("Phường 8", RoundLabel, "Phạm Thị Cúc", Texts.ReportersNone.Vi()), screen);
        Assert.Equal(["Lê Thị Lan", "Đỗ Văn Dũng", Texts.RoundBack.Plain(Lang.Vi)], candidates);
        Assert.True(Named(bot, Reporter));
        Assert.Equal(Texts.ReporterNamed.Vi("Lê Thị Lan", "Phường 8"), bot.TextsTo(Organizer)[^1]);
        var notice = bot.Replies(Reporter).OfType<TextOut>().Single();
        Assert.Equal(Texts.ReporterNamedNotice.Vi("Phường 8", RoundLabel, Meetings.When(round.Deadline)), notice.Text.Value);
        Assert.Equal(new ReportStart(round.Id).Encode(), notice.Buttons.Single().Single().Data);
        Assert.Contains(bot.Audit, a => a.Action == "report.reporter.named" && a.By == Organizer && a.Details == round.Id);
        Assert.Empty(bot.Replies(Dung));
    }

    [Fact]
    public void Once_a_member_is_named_the_other_plain_members_no_longer_report()
    {
        var (bot, round) = Setup();
        bot.PressData(Organizer, NameData(round, Reporter));

        Start(bot, Dung, round);
        Start(bot, Reporter, round);

        Assert.Equal([Texts.ReportNotReporter.Vi()], bot.TextsTo(Dung));
        Assert.Equal("P08", bot.SessionOf(Reporter)!.Get(ReportDraft.UnitKey));
    }

    [Fact]
    public void The_coordinator_names_and_removes_a_reporter_of_their_own_unit_from_baocao()
    {
        var (bot, round) = Setup();
        bot.Command(Coordinator, "/baocao");
        bot.Press(Coordinator, Texts.ReportersButton.Plain(Lang.Vi));
        bot.Press(Coordinator, Texts.ReporterAddButton.Plain(Lang.Vi));
        bot.Press(Coordinator, "Đỗ Văn Dũng");
        bot.PressData(Coordinator, new ReporterPress(ReporterPress.Show, round.Id, "P08").Encode());
        Assert.Contains(bot.TextsTo(Coordinator), t => t == Texts.ReportersScreen.Vi("Phường 8", RoundLabel, "Phạm Thị Cúc", "Đỗ Văn Dũng"));

        bot.Press(Coordinator, Texts.ReporterRemoveButton.For(Lang.Vi, "Đỗ Văn Dũng").ToPlain());

        Assert.False(Named(bot, Dung));
        Assert.Equal(Texts.ReporterRemoved.Vi("Đỗ Văn Dũng", "Phường 8"), bot.TextsTo(Coordinator)[^1]);
        Assert.Equal([Texts.ReporterNamedNotice.Vi("Phường 8", RoundLabel, Meetings.When(round.Deadline)), Texts.ReporterRemovedNotice.Vi("Phường 8")], bot.TextsTo(Dung));
        Assert.Contains(bot.Audit, a => a.Action == "report.reporter.removed" && a.By == Coordinator);
    }

    [Fact]
    public void Naming_twice_or_naming_the_coordinator_keeps_one_naming()
    {
        var (bot, round) = Setup();
        bot.PressData(Organizer, NameData(round, Reporter));
        bot.TextsTo(Organizer);

        bot.PressData(Organizer, NameData(round, Reporter));

        bot.PressData(Organizer, NameData(round, Coordinator));

        Assert.Equal([Texts.ReporterAlreadyNamed.Vi("Lê Thị Lan", "Phường 8"), Texts.ReporterAlreadyNamed.Vi("Phạm Thị Cúc", "Phường 8")], bot.TextsTo(Organizer));
        Assert.Single(bot.Store.All<ReportReporter>());
    }

    [Fact]
    public void A_plain_member_a_coordinator_of_another_unit_and_a_stranger_cannot_name_nor_remove()
    {
        var (bot, round) = Setup();
        bot.Store.Put(new ReportReporter(ReportReporter.IdFor("P08", Dung.ToString()), "P08", Organizer.ToString(), bot.Now));
        var otherCoordinator = new UserKey("tg", "105");
        Meetings.AddMember(bot, otherCoordinator, "Vũ Thị Hoa", "P09", "+84912345672");
        bot.Store.Put(new RoleGrant(otherCoordinator.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));

        foreach (var user in new[] { Reporter, otherCoordinator, Stranger })
        {
            bot.PressData(user, NameData(round, Reporter));
            bot.PressData(user, new ReporterPress(ReporterPress.Remove, round.Id, "P08", Dung.ToString()).Encode());
            bot.PressData(user, new ReporterPress(ReporterPress.Choose, round.Id, "P08").Encode());
            bot.PressData(user, new ReporterPress(ReporterPress.Units, round.Id).Encode());
            Assert.All(bot.TextsTo(user), t => Assert.Equal(Texts.NotAllowed.Vi(), t));
        }

        bot.Command(Dung, "/baocao");
        Assert.Equal([Texts.ReportButton.Plain(Lang.Vi)], bot.LastWithButtons(Dung)!.Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.DoesNotContain(bot.LastWithButtons(Dung)!.Buttons.SelectMany(r => r), b => b.Label == Texts.ReportersButton.Plain(Lang.Vi));
        Assert.False(Named(bot, Reporter));
        Assert.True(Named(bot, Dung));
        Assert.DoesNotContain(bot.Audit, a => a.Action.StartsWith("report.reporter", StringComparison.Ordinal));
    }

    [Fact]
    public void Forged_data_naming_someone_of_another_unit_or_a_stranger_is_refused()
    {
        var (bot, round) = Setup();

        bot.PressData(Coordinator, NameData(round, OtherUnit));
        bot.PressData(Coordinator, NameData(round, Stranger));
        bot.PressData(Organizer, NameData(round, OtherUnit));
        bot.PressData(Coordinator, NameData(round, OtherUnit, "P09"));

        Assert.Equal([Texts.ReporterNotInUnit.Vi(), Texts.ReporterNotInUnit.Vi(), Texts.NotAllowed.Vi()], bot.TextsTo(Coordinator));
        Assert.Equal([Texts.ReporterNotInUnit.Vi()], bot.TextsTo(Organizer));
        Assert.Empty(bot.Store.All<ReportReporter>());
        Assert.Empty(bot.Replies(OtherUnit));
    }

    [Fact]
    public void A_stale_button_after_the_deadline_or_after_the_member_left_changes_nothing()
    {
        var (bot, round) = Setup();
        var gone = new ChangeSet();
        gone.Put(bot.MemberOf(Dung)! with { UnitCode = "P09" });
        bot.Store.Apply(gone);

        bot.PressData(Coordinator, NameData(round, Dung));
        bot.PressData(Coordinator, new ReporterPress(ReporterPress.Remove, round.Id, "P08", Reporter.ToString()).Encode());
        bot.PressData(Coordinator, NameData(new ReportingRound { Id = "rzzzzzz", MeetingId = "x", Deadline = bot.Now, OpenedBy = "x" }, Reporter));
        bot.Now = round.Deadline.AddMinutes(1);
        bot.PressData(Coordinator, NameData(round, Reporter));

        Assert.Equal(
            [Texts.ReporterNotInUnit.Vi(), Texts.ButtonExpired.Vi(), Texts.ButtonExpired.Vi(), Texts.ReportClosed.Vi(Meetings.When(round.Deadline))],
            bot.TextsTo(Coordinator));
        Assert.Empty(bot.Store.All<ReportReporter>());
        bot.PressData(Organizer, new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode());
        Assert.DoesNotContain(bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r), b => b.Label == Texts.ReportersButton.Plain(Lang.Vi));
    }

    [Fact]
    public void Naming_typed_as_a_number_first_says_whom_it_names()
    {
        var (bot, round) = Setup();

        bot.Send(Organizer, new ButtonIn(NameData(round, Reporter), null, 1));

        Assert.Equal([Texts.ReporterNameConsequence.Vi("Lê Thị Lan", "Phường 8")], bot.TextsTo(Organizer));
        Assert.Empty(bot.Store.All<ReportReporter>());
    }
}
