using Bot.Storage;
using Bot.Tests.Reports;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Storage;

/// <summary>
/// A person erases while a colleague's version of their unit's report still waits in the report
/// desk's queue. The desk rewrites the reports in its own turn, after the erasure: the erasure's
/// last step (the final scan and the overwriting of the file's freed space) waits until the desk
/// has handled everything stored up to the erasure, even across a restart; then the colleague's
/// version is kept, without the person's name and number, the person's own waiting version is
/// dropped, and no byte of the file holds the person.
/// </summary>
public sealed class ErasureWithReportPendingTests : OverFakeTelegram
{
    private const long PersonId = 7_355_608_777;
    private const string Name = "Hoàng Thị Bí Mật";
    private const string Phone = "0987650000";

    [Fact]
    public async Task A_version_waiting_in_the_desks_queue_is_kept_and_the_file_holds_nothing_of_the_erased_person()
    {
        var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder));
        var store = bot.Service<EntityStore>();
        WardRound.Seed(store);
        var key = $"telegram:{PersonId}";
        store.Put(new Member { Id = key, FullName = Name, Phone = "+84" + Phone[1..], UnitCode = WardRound.Units[0].Code, Position = "Ủy viên", Status = MemberStatus.Approved });
        store.Put(new RoleGrant(key, Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
        var person = new Chat(Fake, PersonId, "Bí Mật");
        await WardRound.OpenAsync(new Chat(Fake, BotUnderTest.Organizer));
        await person.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60));
        var answers = UnitAnswers.For(0);
        await WardReporter.SendAsync(person, answers, nominee: Name);
        var first = WardRound.ReportOf(store, 0)!;

        // The colleague's version, a copy of the person's that names them and gives their number, stored for the desk
        // and not handled yet (their send stamps the nominations with their own id, as ReportSteps.Save does); and a
        // version the person sent that waits too.
        var colleague = $"telegram:{WardRound.ReporterOf(0)}";
        var copy = first.Current!.Content with { FalseContent = 4242, Proposals = $"Liên hệ {Name}, {Phone}", Nominations = [.. first.Current!.Content.Nominations.Select(n => n with { NominatedBy = colleague })] };
        Assert.NotNull(bot.Service<Inbox>().TryAdd(Pending("test:pending-version", colleague, first, copy)));
        Assert.NotNull(bot.Service<Inbox>().TryAdd(Pending("test:own-pending-version", key, first, first.Current!.Content with { FalseContent = 999 })));

        await person.Say("/xoadulieu", m => m.Buttons.Any());
        await person.Press(Texts.EraseYes.Plain(Lang.Vi), m => m.Text!.Contains(Texts.Erased.Plain(Lang.Vi)[..20], StringComparison.Ordinal));
        var finisher = bot.Service<ErasureFinisher>();
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal((0, 1), (finisher.Finished, finisher.Waiting));

        // A restart hands the waiting version to the desk; the erasure's job, kept in the file, then finishes.
        await bot.StopAsync();
        await using var restarted = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder));
        finisher = restarted.Service<ErasureFinisher>();
        await PersonTraces.OneErasureFinishedAsync(finisher);

        var report = WardRound.ReportOf(restarted.Service<EntityStore>(), 0)!;
        Assert.Equal([PersonalDataEraser.Erased, colleague], report.Versions.Select(v => v.ConfirmedBy));
        Assert.Equal((4242, $"Liên hệ {Texts.ErasedName.Vi}, {Texts.ErasedName.Vi}"), (report.Current!.Content.FalseContent, report.Current.Content.Proposals));
        Assert.All(report.Versions, v => Assert.Equal(Texts.ErasedName.Vi, Assert.Single(v.Content.Nominations).Name));
        Assert.DoesNotContain(restarted.Service<EntityStore>().All<ReportErasureNote>(), n => !n.Done);

        var database = restarted.Service<Database>();
        var needles = PersonTraces.Needles(PersonId, Name, Phone[1..]);
        PersonTraces.AssertNoneInCollections(database, PersonId, needles);
        PersonTraces.AssertNoneInBytes(database, PersonId, needles);
    }

    /// <summary>A version waiting in the desk's queue, its arguments written as the desk's sender writes them.</summary>
    private static InboundEnvelope Pending(string id, string by, UnitReport report, ReportContent content)
    {
        var sent = System.Text.Json.JsonSerializer.Serialize(new { report.RoundId, report.UnitCode, Content = content, PressedAt = DateTimeOffset.UtcNow });
        return new InboundEnvelope(id, WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Domain.Users.UserKey.Parse(by), sent), DateTimeOffset.UtcNow);
    }
}
