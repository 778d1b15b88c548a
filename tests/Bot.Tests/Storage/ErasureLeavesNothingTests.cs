using Bot.Storage;
using Bot.Tests.Reports;
using Bot.Tests.Support;
using Domain;
using Domain.ContentReports;
using Domain.Events;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;
using LiteDB;
using Xunit.Abstractions;

namespace Bot.Tests.Storage;

/// <summary>
/// /xoadulieu erases: after a person used every feature and erased their data, nothing the bot
/// keeps holds their name, phone number or user id: no collection of the data file, no in-memory
/// cache, and no byte of the data file or its log, the space LiteDB freed included.
/// </summary>
public sealed class ErasureLeavesNothingTests(ITestOutputHelper output) : OverFakeTelegram
{
    private const long PersonId = 7_355_608_123;
    private const string Name = "Phạm Thị Riêng Tư";
    private const string Phone = "0987654321";
    private const string MeetingId = "hn-xoa";
    private const string ReportLink = "https://www.facebook.com/groups/khupho8/posts/778899";
    private const string ReportText = "Bài viết xuyên tạc chính sách bồi thường của phường.";

    [Fact]
    public async Task A_person_who_used_every_feature_and_erased_leaves_no_trace_in_the_file_or_in_memory()
    {
        // One person using every feature at machine speed is no flood: the per-person limit stays out of the way.
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, new Dictionary<string, string?> { ["Flood:Burst"] = "1000" });
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var person = new Chat(Fake, PersonId, "Riêng Tư");
        var store = bot.Service<EntityStore>();

        // A retention sweep times their session while they are still a stranger; its mark is theirs too.
        await person.Say("/start", m => m.Buttons.Any());
        bot.Service<RetentionSweep>().RunOnce(DateTimeOffset.UtcNow);
        Assert.NotNull(bot.Service<Database>().Lite.GetCollection(RetentionSweep.SeenCollection).FindById($"telegram:{PersonId}"));
        await Journeys.RegisterAsync(person, Name, Phone, "Phường 8", "Tổ trưởng");
        await Journeys.ApproveAsync(organizer, Name);
        await person.Next(m => m.Text!.Contains("duyệt", StringComparison.OrdinalIgnoreCase));
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Year + 1, 4, 27, 8, 0, 0, TimeSpan.FromHours(7));
        store.Put(new Meeting
        {
            Id = MeetingId,
            Title = "Hội nghị tuyên truyền viên",
            StartsAt = start,
            RsvpDeadline = start.AddDays(-2),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
            Contents = ["Đánh giá trang mạng xã hội"],
        });
        store.Put(new RoleGrant($"telegram:{PersonId}", Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));

        // Answers, with a reason; the unit's delegation with names; a comment; a link code and a wrong one.
        await person.Say("/hoinghi", m => m.Buttons.Any(b => b.CallbackData == $"rsvp:no:{MeetingId}"));
        await person.Press($"rsvp:no:{MeetingId}", m => m.Buttons.Any());
        await person.Say($"Bận việc riêng của {Name}");
        await person.Press($"dlg:start:{MeetingId}");
        await person.Say("2");
        await person.Say("Đỗ Văn Thay Mặt\nLý Văn Hai");
        await person.Say("/gopy", m => m.Buttons.Any());
        await person.Press("Đánh giá trang mạng xã hội");
        await person.Say($"Ý kiến của {Name}, số {Phone}.", m => m.Buttons.Any());
        await person.Press("Không, chỉ gửi ý kiến", m => m.Buttons.Any(b => b.Text == "Gửi"));
        await person.Press("Gửi");
        await person.Say("/lienket", m => m.Text!.Contains("/lienket ", StringComparison.Ordinal));
        await person.Say("/lienket 000000");

        // A personal guest invitation in their name and number, opened, consented to and answered; a wrong door code.
        await organizer.Say("/khach", m => m.Buttons.Any(b => b.CallbackData == $"khach:add:{MeetingId}"));
        await organizer.Press($"khach:add:{MeetingId}");
        var invitation = await organizer.Say($"{Name} | Phường 8 | Tổ trưởng | {Phone}", m => m.Text!.Contains("/start g_", StringComparison.Ordinal));
        var payload = System.Text.RegularExpressions.Regex.Match(invitation.Text!, "g_[A-Za-z0-9]{22}").Value;
        await person.Say($"/start {payload}", m => m.Buttons.Any(b => b.Text == Texts.GuestConsentYes.Plain(Lang.Vi)));
        await person.Press(Texts.GuestConsentYes.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.Attend.Plain(Lang.Vi)));
        await person.Press(Texts.Attend.Plain(Lang.Vi));
        await person.Say("/diemdanh AAAAAA");
        Assert.Equal($"telegram:{PersonId}", Assert.Single(store.All<Domain.Guests.Guest>()).ClaimedBy);
        await Journeys.BroadcastAsync(organizer, "Kính mời dự hội nghị");
        await person.Next(m => m.Text!.Contains("Kính mời dự hội nghị", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        // A campaign answered with a proof link that names them.
        await organizer.Say("/chiendich", m => m.Buttons.Any());
        await organizer.Press(Texts.CampaignNew.Plain(Lang.Vi));
        await organizer.Say("Chia sẻ bài viết");
        await organizer.Say("https://www.facebook.com/mttq.q5/posts/100");
        await organizer.Press(Texts.CampaignNoPicture.Plain(Lang.Vi));
        await organizer.Say("Chia sẻ lên trang cá nhân");
        await organizer.Press(Texts.AudienceAll.Plain(Lang.Vi));
        await organizer.Say("3 ngày");
        await organizer.Press(Texts.CampaignProofYes.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.SendNotice.Plain(Lang.Vi)));
        await organizer.Press(Texts.SendNotice.Plain(Lang.Vi));
        await person.Next(m => m.Buttons.Any(b => b.Text == Texts.CampaignDoneButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(30));
        await person.Press(Texts.CampaignDoneButton.Plain(Lang.Vi));
        await person.Say($"https://www.facebook.com/{PersonId}/posts/1", m => m.Buttons.Any());
        await person.Press(Texts.CampaignProofDone.Plain(Lang.Vi));
        await organizer.Say("/thanhvien", m => m.Buttons.Any());
        // A round of ward reports, and the person named to report for their unit (the naming and its audit hold their id).
        await organizer.Say("/baocao", m => m.Buttons.Any(b => b.Text == Texts.OpenRoundButton.Plain(Lang.Vi)));
        await organizer.Press(Texts.OpenRoundButton.Plain(Lang.Vi), m => m.Buttons.Any());
        await organizer.Press(Reports.WardRound.ChoiceOf(store.Find<Meeting>(MeetingId)!), m => m.Buttons.Any(b => b.Text == Texts.OpenRoundSend.Plain(Lang.Vi)));
        await organizer.Press(Texts.OpenRoundSend.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportProgressButton.Plain(Lang.Vi)));
        await person.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(30));
        // Coordinators report by their role and cannot be named, so the person steps down for the naming and back after.
        store.Put(new RoleGrant($"telegram:{PersonId}", Role.Member, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
        var naming = new Domain.Reports.ReporterPress(Domain.Reports.ReporterPress.Name, store.All<Domain.Reports.ReportingRound>().Single().Id, "P08", $"telegram:{PersonId}");
        organizer.User.PressButton(organizer.Received.Last(m => m.Buttons.Any()), naming.Encode());
        await person.Next(m => m.Text!.StartsWith(Texts.ReporterNamedNotice.Plain(Lang.Vi)[..30], StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Single(store.All<Domain.Reports.ReportReporter>());
        store.Put(new RoleGrant($"telegram:{PersonId}", Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
        // A report of hostile content, with a screenshot: its content outlives the erasure, its sender does not.
        await person.Say("/phananh");
        await person.Say(ReportLink, m => m.Buttons.Any());
        person.User.SendPhoto();
        await person.Next(m => m.Buttons.Any());
        await person.Press(Texts.ReportContinue.Plain(Lang.Vi));
        await person.Say(ReportText, m => m.Buttons.Any());
        await person.Press(Texts.ReportSkip.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportSend.Plain(Lang.Vi)));
        await person.Press(Texts.ReportSend.Plain(Lang.Vi), m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        await organizer.Next(m => m.Text!.Contains("PA-0001", StringComparison.Ordinal));
        // A ward report sent as the ward's coordinator, nominating themselves; the organizer accepts, so the nomination names their member id too.
        // Phường 9's coordinator nominates them by name too, without an organizer's decision.
        var meeting = store.Find<Meeting>(MeetingId)!;
        var colleague = new Chat(Fake, 42_424);
        store.Put(new Member { Id = "telegram:42424", FullName = "Võ Văn Đồng Nghiệp", Phone = "+84911222333", UnitCode = "P09", Position = "Ủy viên", Status = MemberStatus.Approved });
        store.Put(new RoleGrant("telegram:42424", Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
        // The round above, of the same period, is closed first: one open round per meeting and period.
        store.Put(store.All<Domain.Reports.ReportingRound>().Single() with { Deadline = DateTimeOffset.UtcNow });
        await WardRound.OpenAsync(organizer, meeting);
        await person.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(30));
        await colleague.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(30));
        var ward = UnitAnswers.For(7);
        await WardReporter.SendAsync(person, ward, nominee: Name);
        await WardReporter.SendAsync(colleague, UnitAnswers.For(8), nominee: Name);
        await organizer.Press(Texts.ReportProgressButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportNominationsButton.Plain(Lang.Vi)));
        await organizer.Press(Texts.ReportNominationsButton.Plain(Lang.Vi), m => m.Buttons.Any());
        await organizer.Press(Texts.NominationAccept.For(Lang.Vi, 1).ToPlain(), m => m.Text == Texts.NominationAcceptedMember.For(Lang.Vi, Name, meeting.Label).Value);
        await person.Next(m => m.Text?.Contains(meeting.Title, StringComparison.Ordinal) == true);
        Assert.Equal($"telegram:{PersonId}", store.All<UnitReport>().Single(r => r.UnitCode == "P08").Current!.Content.Nominations[0].MemberId);

        await person.Say("/xoadulieu", m => m.Buttons.Any());
        await person.Press(Texts.EraseYes.Plain(Lang.Vi), m => m.Text == Texts.Erased.Plain(Lang.Vi) || m.Text!.Contains(Texts.Erased.Plain(Lang.Vi)[..20], StringComparison.Ordinal));
        var finisher = bot.Service<ErasureFinisher>();
        var database = bot.Service<Database>();
        await PersonTraces.OneErasureFinishedAsync(finisher);
        output.WriteLine($"last step of the erasure, checkpoint included: {finisher.LastDuration.TotalMilliseconds:F0} ms");

        Assert.Empty(store.All<Domain.Reports.ReportReporter>());
        var report = store.Find<ContentReport>("PA-0001")!;
        Assert.Equal((PersonalDataEraser.Erased, ReportText, ReportLink), (report.ReporterId, report.Description, report.Link));
        Assert.Single(report.Photos);
        var unitReport = store.All<UnitReport>().Single(r => r.UnitCode == "P08");
        Assert.Equal((PersonalDataEraser.Erased, PersonalDataEraser.Erased), (unitReport.StartedBy, unitReport.Current!.ConfirmedBy));
        Assert.Equal(ward.Pages.Select(p => p.Followers), unitReport.Current.Content.Pages.Select(p => p.Followers));
        var nomination = Assert.Single(unitReport.Current.Content.Nominations);
        Assert.Equal((Texts.ErasedName.Vi, (string?)null, true), (nomination.Name, nomination.MemberId, nomination.Accepted));
        var before = Fake.SentTo(organizer.Id).Count;
        await organizer.Press(Texts.ReportNominationsButton.Plain(Lang.Vi), m => m.DocumentFileName?.EndsWith(".xlsx", StringComparison.Ordinal) == true);
        var shown = Fake.SentTo(organizer.Id).Skip(before).ToList();
        Assert.Contains(shown, m => m.Text?.Contains($"{Texts.ErasedName.Vi} ({ward.UnitName})", StringComparison.Ordinal) == true);
        var nominations = SummaryReaders.XlsxRows(shown.Single(m => m.DocumentContent is not null).DocumentContent!, Bot.Files.MeetingSheet.HeaderRow);
        Assert.Equal([[Texts.ErasedName.Vi, Texts.ErasedName.Vi], [Texts.ErasedName.Vi, "Võ Văn Đồng Nghiệp"]], nominations.Select(r => r.Where((_, i) => i is 1 or 5)));
        Assert.DoesNotContain(shown, m => m.Text?.Contains(Name, StringComparison.Ordinal) == true);

        var needles = PersonTraces.Needles(PersonId, Name, Phone[1..]);
        PersonTraces.AssertNoneInCollections(database, PersonId, needles);

        foreach (var (id, entity) in bot.Service<EntityCache>().Entries())
        {
            var text = id + (entity is null ? string.Empty : EntityStore.Serialize(entity));
            Assert.DoesNotContain(needles, n => text.Contains(n, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(store.MirroredRecords(), r => needles.Any(n => EntityStore.Serialize(r).Contains(n, StringComparison.Ordinal)));

        PersonTraces.AssertNoneInBytes(database, PersonId, needles);
    }
}
