using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// For organizers: /thongke, the headcount per unit against the expected number, and /xuatds, the
/// attendee list as a spreadsheet (XLSX and CSV) with phone numbers. Both are refused to anyone else.
/// </summary>
public sealed class MeetingReports(UnitCatalog units, IEventFiles files, Guests.IGuestFiles guestFiles) : ICommandHandler, IButtonHandler<ReportButton>
{
    public IReadOnlyList<string> Names { get; } = ["thongke", "xuatds", "stats", "export"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var kind = command.Name is "thongke" or "stats" ? ReportKind.Stats : ReportKind.Export;
        var meetings = turn.Store.All<Meeting>().OrderByDescending(m => m.StartsAt).ToList();
        var upcoming = meetings.Where(m => !m.IsPast(turn.Now)).ToList();
        if (meetings.Count == 0)
        {
            turn.Say(Texts.NoMeetings);
        }
        else if (upcoming.Count == 1)
        {
            Run(turn, kind, upcoming[0]);
        }
        else
        {
            turn.Say(Texts.ChooseMeetingFor, meetings.Select(m => new Button(MeetingFormat.Choice(m, turn.Settings.TimeZone, turn.Lang), new ReportButton(kind, m.Id).Encode())));
        }
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, ReportButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (turn.Store.Find<Meeting>(button.MeetingId) is { } meeting)
        {
            Run(turn, button.Kind, meeting);
        }
        else
        {
            turn.Say(Texts.ButtonExpired);
        }
    }

    /// <summary>Counts per unit code: attending, declined, delegated, no answer.</summary>
    public static Dictionary<string, int[]> Count(IEnumerable<Member> approved, IEnumerable<Rsvp> answers, string meetingId)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(answers);
        var byMember = answers.Where(a => a.EventId == meetingId).ToDictionary(a => a.MemberId, a => a.Answer);
        var counts = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in approved)
        {
            if (!counts.TryGetValue(member.UnitCode, out var row))
            {
                row = new int[4];
                counts[member.UnitCode] = row;
            }

            var column = byMember.TryGetValue(member.Id, out var answer) ? (int)answer : 3;
            row[column]++;
        }

        return counts;
    }

    private void Run(Turn turn, ReportKind kind, Meeting meeting)
    {
        if (kind == ReportKind.Stats)
        {
            Stats(turn, meeting);
        }
        else
        {
            Export(turn, meeting);
        }
    }

    private void Stats(Turn turn, Meeting meeting)
    {
        // Read one record at a time: with 10,000 members, lists of them all cost tens of megabytes.
        var counts = Count(Approved(turn), AnswersTo(turn, meeting), meeting.Id);
        var lines = new List<Html> { Texts.StatsHeader.For(turn.Lang, meeting.Label) };
        var shown = units.All.Where(u => u.Group == UnitGroup.Ward || counts.ContainsKey(u.Code)).Select(u => u.Code)
            .Concat(counts.Keys.Where(code => units.Find(code) is null));
        var delegations = Delegations(turn, meeting);
        var bars = new List<HeadcountBar>();
        var present = 0;
        foreach (var code in shown.Concat(delegations.Keys.Where(k => !counts.ContainsKey(k) && units.Find(k)?.Group != UnitGroup.Ward)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var row = counts.GetValueOrDefault(code) ?? new int[4];
            lines.Add(Texts.StatsLine.For(turn.Lang, units.NameOf(code), row[0], row[1], row[2], row[3]));
            bars.Add(new HeadcountBar(units.NameOf(code), row[0], row[1], row[2], row[3]));
            if (delegations.TryGetValue(code, out var delegation))
            {
                lines.Add(Texts.StatsDelegation.For(turn.Lang, delegation.Count));
            }

            // A coordinator's answer for the unit is the unit's number; otherwise its members' answers.
            present += delegation?.Count ?? row[(int)RsvpAnswer.Attending] + row[(int)RsvpAnswer.Delegated];
        }

        var total = Enumerable.Range(0, 4).Select(i => counts.Values.Sum(r => r[i])).ToArray();
        lines.Add(Texts.StatsTotal.For(turn.Lang, total[0], total[1], total[2], total[3], present, meeting.Expected));
        if (meeting.Expected > 0 && present > meeting.Expected)
        {
            lines.Add(Texts.StatsOverCapacity.For(turn.Lang, meeting.Expected));
        }

        lines.AddRange(CheckIn.AttendanceReport.Lines(turn, meeting, units));

        turn.Reply(new TextOut(Html.Join("\n", lines)));
        // The same figures as a picture: channels that cannot show one name the file instead.
        var chart = HeadcountChart.For(turn.Lang, turn.Settings.Organization.ShortName.For(turn.Lang), meeting, bars, present);
        turn.Reply(new PhotoOut(files.HeadcountChart(chart), $"{meeting.FileStem}-thong-ke.png", Texts.StatsChartCaption.For(turn.Lang, meeting.Label)));
    }

    private static IEnumerable<Member> Approved(Turn turn) => turn.Store.Scan<Member>().Where(m => m.Status == MemberStatus.Approved);

    /// <summary>The meeting's answers only: their ids start with the meeting's (<see cref="Rsvp.IdFor"/>).</summary>
    private static IEnumerable<Rsvp> AnswersTo(Turn turn, Meeting meeting) =>
        turn.Store.WithIdPrefix<Rsvp>(Rsvp.IdFor(meeting.Id, string.Empty)).Where(a => a.EventId == meeting.Id);

    private static Dictionary<string, UnitDelegation> Delegations(Turn turn, Meeting meeting) =>
        turn.Store.All<UnitDelegation>().Where(d => d.EventId == meeting.Id).ToDictionary(d => d.UnitCode, StringComparer.OrdinalIgnoreCase);

    private void Export(Turn turn, Meeting meeting)
    {
        // Without their history, which the list does not show: 10,000 members' answers are kept until the end.
        var answers = AnswersTo(turn, meeting).ToDictionary(a => a.MemberId, a => a with { History = [] });
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var collation = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);
        // Each member becomes its row and its line on the sign-in sheet as it is read, and the rows are
        // sorted, so the members are not all kept too, nor read twice.
        var members = new List<(int Order, AttendeeRow Row)>();
        var signers = new List<(string UnitCode, string FullName, string Position)>();
        var present = CheckIn.SignInSheets.PresentAt(turn.Store, meeting);
        foreach (var member in Approved(turn))
        {
            var answer = answers.GetValueOrDefault(member.Id);
            members.Add((order.GetValueOrDefault(member.UnitCode, int.MaxValue), Row(turn, meeting, member, answer)));
            if (CheckIn.SignInSheets.Signer(member, answer, present.Contains(member.Id)) is { } signer)
            {
                signers.Add(signer);
            }
        }

        var rows = Guests.GuestRows.For(turn, meeting).Concat(members
            .OrderBy(x => x.Order)
            .ThenBy(x => x.Row.FullName, collation)
            .Select(x => x.Row)
            .Concat(Delegations(turn, meeting).Values
                .OrderBy(d => order.GetValueOrDefault(d.UnitCode, int.MaxValue))
                .SelectMany(d => d.Names.Select(name => new AttendeeRow(units.NameOf(d.UnitCode), name, string.Empty, Texts.DelegationRowAnswer.Plain(turn.Lang), null, null, null, null, string.Empty, d.At)))))
            .ToList();
        var caption = Texts.ExportCaption.For(turn.Lang, meeting.Title);
        turn.Reply(new DocumentOut($"{meeting.FileStem}-danh-sach.xlsx", files.AttendeesXlsx(meeting, rows), caption));
        turn.Reply(new DocumentOut($"{meeting.FileStem}-danh-sach.csv", files.AttendeesCsv(meeting, rows)));
        var sheet = CheckIn.SignInSheets.For(turn, meeting, units, signers);
        turn.Reply(new DocumentOut($"{meeting.FileStem}-ky-ten.xlsx", guestFiles.SignInSheet(meeting, sheet), Texts.SignInSheetCaption.For(turn.Lang, sheet.Groups.Sum(g => g.Rows.Count))));
        turn.Audit("attendees.exported", meeting.Id, rows.Count.ToString(CultureInfo.InvariantCulture));
    }

    private AttendeeRow Row(Turn turn, Meeting meeting, Member member, Rsvp? answer) => new(
        units.NameOf(member.UnitCode),
        member.FullName,
        member.Position,
        AnswerShort(turn.Lang, answer?.Answer),
        answer?.Reason,
        answer?.Delegate?.FullName,
        answer?.Delegate?.Position,
        PhoneRule.Shown(answer?.Delegate?.Phone),
        PhoneRule.Shown(member.Phone)!,
        answer?.AnsweredAt,
        CheckIn.AttendanceReport.Presence(turn, meeting, member.Id, answer?.Answer == RsvpAnswer.Delegated));

    public static string AnswerShort(Lang lang, RsvpAnswer? answer) => answer switch
    {
        RsvpAnswer.Attending => Texts.AnswerAttending.Plain(lang),
        RsvpAnswer.Declined => Texts.AnswerDeclined.Plain(lang),
        RsvpAnswer.Delegated => Texts.AnswerDelegatedShort.Plain(lang),
        _ => Texts.AnswerNone.Plain(lang),
    };
}
