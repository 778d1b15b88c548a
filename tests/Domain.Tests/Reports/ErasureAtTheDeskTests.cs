using Domain.Conversations;
using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// A person of a unit erases their data while a colleague sends the unit's report. Each turn runs
/// in its own queue, so both are decided from the same records; whichever commits first, the
/// desk's queue then runs their signals in that order. No version may be lost, and the erased
/// person's id and name may not come back through the colleague's copy of the report.
/// </summary>
public sealed class ErasureAtTheDeskTests
{
    private static readonly UserKey Erasing = People.Carol;
    private const string ErasingName = "Phạm Thị Cúc";

    private readonly ConversationDriver bot = Driver();
    private readonly Router router = CoreHandlers.CreateRouter(ConversationDriver.Units, new StubEventFiles(), new StubDiscussionFiles(), new StubTeamFiles(), new StubGuestFiles(), reportFiles: new StubWardReportFiles());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_colleagues_version_sent_while_a_person_erases_is_kept_and_names_them_nowhere(bool sendCommitsFirst)
    {
        var round = FirstVersionByTheErasingPerson();
        Start(bot, Reporter, round);

        // The colleague's draft is a copy of the first version: it names the person who erases.
        var send = Decide(Reporter, Button(Reporter, Texts.WardReportSend));
        bot.Command(Erasing, "/xoadulieu");
        var erase = Decide(Erasing, Button(Erasing, Texts.EraseYes));
        var order = sendCommitsFirst ? new[] { send, erase } : [erase, send];
        foreach (var turn in order)
        {
            bot.Store.Apply(turn.Changes);
        }

        RunSignals(order);

        var report = ReportOf(bot, round)!;
        Assert.Equal(2, report.Versions.Count);
        Assert.Equal((PersonalDataEraser.Erased, PersonalDataEraser.Erased, Reporter.ToString()), (report.StartedBy, report.Versions[0].ConfirmedBy, report.Versions[1].ConfirmedBy));
        Assert.All(report.Versions, v => Assert.Equal([Texts.ErasedName.Vi, "Trần Văn Bình"], v.Content.Nominations.Select(n => n.Name)));
        Assert.Equal([7, 7], report.Versions.Select(v => v.Content.FalseContent));
        Assert.DoesNotContain(Erasing.ToString(), System.Text.Json.JsonSerializer.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_decided_before_the_erasure_and_sent_long_after_it_still_leaves_the_name_out()
    {
        var round = FirstVersionByTheErasingPerson();
        Start(bot, Reporter, round);
        bot.Command(Erasing, "/xoadulieu");
        bot.Press(Erasing, Texts.EraseYes.Plain(Lang.Vi));
        Assert.Single(bot.Store.All<ReportErasureNote>());

        bot.Now = bot.Now.AddDays(1);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        var current = ReportOf(bot, round)!.Current!;
        Assert.Equal(Texts.ErasedName.Vi, current.Content.Nominations[0].Name);
        Assert.Contains(bot.TextsTo(Reporter), t => t.StartsWith(Texts.ReportSent.Plain(Lang.Vi)[..20], StringComparison.Ordinal));
    }

    [Fact]
    public void The_desk_forgets_an_erasure_a_day_after_its_rounds_closed()
    {
        var round = FirstVersionByTheErasingPerson();
        bot.Command(Erasing, "/xoadulieu");
        bot.Press(Erasing, Texts.EraseYes.Plain(Lang.Vi));
        var late = System.Text.Json.JsonSerializer.Serialize(new { RoundId = round.Id, UnitCode = "P08", Content = new ReportContent() });

        bot.Now = round.Deadline + WardReportErasures.Grace - TimeSpan.FromMinutes(1);
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, late));
        Assert.True(Assert.Single(bot.Store.All<ReportErasureNote>()).Done);
        bot.Now = round.Deadline + WardReportErasures.Grace;
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, late));

        Assert.Empty(bot.Store.All<ReportErasureNote>());
        Assert.Single(ReportOf(bot, round)!.Versions);
    }

    [Fact]
    public void The_erasure_signal_holds_neither_their_keys_nor_their_name()
    {
        FirstVersionByTheErasingPerson();
        bot.Command(Erasing, "/xoadulieu");

        var erase = Decide(Erasing, Button(Erasing, Texts.EraseYes));

        var signal = Assert.Single(erase.Changes.Signals, s => s.From == WardReportDesk.Key);
        var written = System.Text.Json.JsonSerializer.Serialize(signal);
        Assert.DoesNotContain(Erasing.ToString(), written, StringComparison.Ordinal);
        Assert.DoesNotContain("Cúc", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("C\\u00FAc", written, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(PersonalDataEraser.Nobody, ((SignalIn)signal.Event).By);
        Assert.Contains(WardReportDesk.Key.ToString(), Assert.Single(erase.Changes.Erasures).WaitFor);
    }

    [Fact]
    public void A_forged_erasure_signal_from_a_member_a_stranger_or_with_made_up_hashes_changes_nothing()
    {
        var round = FirstVersionByTheErasingPerson();
        var before = ReportOf(bot, round)!;
        var turns = bot.Turns.Count;
        var real = ErasedPerson.Of("0123456789abcdef01234567", [Erasing.ToString()], ErasingName).Write();
        var made = ErasedPerson.Of("fedcba9876543210fedcba98", ["tg:999"], "Không Ai").Write();

        bot.Send(WardReportDesk.Key, new SignalIn(WardReportErasures.SignalName, Reporter, real));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportErasures.SignalName, Stranger, real));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportErasures.SignalName, PersonalDataEraser.Nobody, real));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportErasures.SignalName, PersonalDataEraser.Nobody, made));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportErasures.SignalName, PersonalDataEraser.Nobody, "{not json"));
        bot.Send(Reporter, new SignalIn(WardReportErasures.SignalName, PersonalDataEraser.Nobody, real));

        Assert.Same(before, ReportOf(bot, round));
        Assert.True(NominationDecisions.Same(ErasingName, before.Current!.Content.Nominations[0].Name));
        Assert.Empty(bot.Store.All<ReportErasureNote>());
        Assert.All(bot.Turns.Skip(turns), t => Assert.Empty(t.Changes.Deliveries));
    }

    [Fact]
    public void A_real_erasure_signal_replayed_with_other_hashes_under_its_salt_changes_nothing()
    {
        var round = FirstVersionByTheErasingPerson();
        bot.Command(Erasing, "/xoadulieu");
        var erase = Decide(Erasing, Button(Erasing, Texts.EraseYes));
        bot.Store.Apply(erase.Changes);
        var note = Assert.Single(bot.Store.All<ReportErasureNote>());
        var other = ErasedPerson.Of(note.Person.Salt, [Reporter.ToString()], "Lê Thị Lan").Write();

        bot.Send(WardReportDesk.Key, new SignalIn(WardReportErasures.SignalName, PersonalDataEraser.Nobody, other));

        Assert.Equal(Erasing.ToString(), ReportOf(bot, round)!.StartedBy);
    }

    [Fact]
    public void Names_are_the_same_whatever_their_spacing_and_case()
    {
        Assert.True(NominationDecisions.Same("  phạm  THỊ\tcúc ", ErasingName));
        Assert.Equal(PersonNames.Normalize(ErasingName), PersonNames.Normalize(" Phạm   Thị Cúc"));
        Assert.False(NominationDecisions.Same("Phạm Thị Cúc A", ErasingName));
    }

    /// <summary>The person who will erase starts the report and sends it, nominating themselves (typed loosely) and a member of Phường 9.</summary>
    private ReportingRound FirstVersionByTheErasingPerson()
    {
        Meetings.AddMember(bot, Erasing, ErasingName, "P08", "+84912345670");
        var round = Open(bot);
        Start(bot, Erasing, round);
        Page(bot, Erasing, "MTTQ Phường 8", "1.250", ["10", "20", "30"]);
        bot.Press(Erasing, Texts.NoMorePages.Plain(Lang.Vi));
        foreach (var answer in new[] { "4", "5", "6", "7", "Thiếu người viết bài", "Tập huấn kỹ năng" })
        {
            bot.Text(Erasing, answer);
        }

        foreach (var nominee in new[] { "  phạm thị  CÚC ", "Trần Văn Bình" })
        {
            bot.Press(Erasing, Texts.AddNomination.Plain(Lang.Vi));
            bot.Press(Erasing, Texts.NomineePerson.Plain(Lang.Vi));
            bot.Text(Erasing, nominee);
            bot.Text(Erasing, "Phường 8");
            bot.Text(Erasing, "Viết 120 bài năm 2023");
        }

        bot.Press(Erasing, Texts.NominationsDone.Plain(Lang.Vi));
        bot.Press(Erasing, Texts.WardReportSend.Plain(Lang.Vi));
        Assert.Equal(Erasing.ToString(), ReportOf(bot, round)!.Current!.ConfirmedBy);
        return round;
    }

    private ButtonIn Button(UserKey user, Msg label) =>
        new(bot.LastWithButtons(user)!.Buttons.SelectMany(r => r).Single(b => b.Label == label.Plain(Lang.Vi)).Data, "cb", 1);

    /// <summary>Decides a turn from the records as they are now, without storing anything.</summary>
    private Turn Decide(UserKey from, Inbound input) =>
        TurnExecution.Run(router, new InboundEnvelope($"race:{from}:{bot.Turns.Count}", from, input, bot.Now), from, bot.Store, bot.Settings, bot.Now, (ex, _) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex));

    /// <summary>Runs the turns' signals in the order their turns committed, each as a turn of its target.</summary>
    private void RunSignals(IEnumerable<Turn> turns)
    {
        foreach (var signal in turns.SelectMany(t => t.Changes.Signals))
        {
            bot.Send(signal.From, signal.Event);
        }
    }
}
