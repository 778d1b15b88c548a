using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/thongke: the headcount per unit against the planned number, for organizers only.</summary>
public sealed class HeadcountTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public HeadcountTests()
    {
        Put(bot);
    }

    [Theory]
    [InlineData(MemberStatus.Approved)]
    [InlineData(MemberStatus.Pending)]
    [InlineData(null)]
    public void Thongke_by_someone_who_is_not_an_organizer_is_not_allowed(MemberStatus? status)
    {
        if (status is { } s)
        {
            Registering.Seed(bot, Alice, s);
        }

        bot.Command(Alice, "/thongke");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        Assert.Contains("không có quyền", Texts.NotAllowed.Vi(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_stats_button_from_a_member_is_not_allowed()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.PressData(Alice, $"rep:stats:{Id}");

        var replies = bot.Replies(Alice);
        Assert.Equal([Texts.NotAllowed.Vi()], replies.Texts());
        Assert.Contains(new ButtonAck("cb", Texts.NotAllowed.Vi()), replies);
    }

    [Fact]
    public void The_fourteen_wards_are_always_listed_even_with_nobody_in_them()
    {
        bot.Command(Organizer, "/thongke");

        var lines = bot.TextsTo(Organizer).Single().Split('\n');
        var wardLines = Enumerable.Range(1, 14).Select(i => $"Phường {i}: 0 · 0 · 0 · 0").ToList();
        Assert.Equal(wardLines, lines.Skip(2).Take(14));
        Assert.DoesNotContain(lines, l => l.StartsWith("Ban Thường trực", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Hội Liên hiệp Phụ nữ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_other_than_a_ward_is_listed_once_it_has_a_member_and_an_unknown_unit_by_its_code()
    {
        AddMember(bot, Alice, "Nguyễn Thị Hoa", "HPN", "+84901234567");
        AddMember(bot, Bob, "Trần Văn Bình", "KP-LẠ", "+84912345678");
        Answer(bot, Alice, RsvpAnswer.Attending);

        bot.Command(Organizer, "/thongke");

        var lines = bot.TextsTo(Organizer).Single().Split('\n');
        Assert.Equal(["Hội Liên hiệp Phụ nữ: 1 · 0 · 0 · 0", "KP-LẠ: 0 · 0 · 0 · 1"], lines.Skip(16).Take(2));
        Assert.DoesNotContain(lines, l => l.StartsWith("Ban Thường trực", StringComparison.Ordinal));
    }

    [Fact]
    public void For_a_thousand_members_the_numbers_shown_equal_a_direct_count()
    {
        var rng = new Random(42);
        var codes = ConversationDriver.Units.All.Select(u => u.Code).ToArray();
        var expected = codes.ToDictionary(c => c, _ => new int[4]);
        var approved = 0;
        for (var i = 0; approved < 1000; i++)
        {
            var user = new UserKey("tg", (10_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var code = codes[rng.Next(codes.Length)];
            var status = rng.Next(10) == 0 ? MemberStatus.Pending : MemberStatus.Approved;
            var column = rng.Next(4);
            AddMember(bot, user, $"Thành viên {Letters(i)}", code, "+8490" + (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (status == MemberStatus.Pending)
            {
                bot.Store.Put(bot.MemberOf(user)! with { Status = MemberStatus.Pending });
            }

            if (column < 3)
            {
                var answer = (RsvpAnswer)column;
                Answer(bot, user, answer, reason: answer == RsvpAnswer.Declined ? "Bận" : null, representative: answer == RsvpAnswer.Delegated ? new Representative("Lê Văn Tám", "Cán bộ", null) : null);
            }

            if (rng.Next(3) == 0)
            {
                // An answer to another meeting never counts for this one.
                Answer(bot, user, RsvpAnswer.Attending, meetingId: "hn-20230427");
            }

            if (status == MemberStatus.Approved)
            {
                approved++;
                expected[code][column]++;
            }
        }

        Put(bot, Sample("hn-20230427", Local(2023, 4, 27, 8, 0), Local(2023, 4, 25, 17, 0)));
        Put(bot, Sample(expected: 100_000));

        bot.Command(Organizer, "/thongke");

        var counted = MeetingReports.Count(
            bot.Store.All<Member>().Where(m => m.Status == MemberStatus.Approved),
            bot.Store.All<Rsvp>(),
            Id);
        Assert.Equal(
            expected.Where(e => e.Value.Sum() > 0).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={string.Join(',', e.Value)}"),
            counted.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={string.Join(',', e.Value)}"));
        Assert.Equal(1000, counted.Values.Sum(r => r.Sum()));

        var text = bot.TextsTo(Organizer).Single();
        var unitLines = ConversationDriver.Units.All.Select(u => $"{u.Name}: {string.Join(" · ", expected[u.Code])}").ToList();
        var total = Enumerable.Range(0, 4).Select(c => expected.Values.Sum(r => r[c])).ToArray();
        Assert.Equal(1000, total.Sum());
        Assert.All(total, t => Assert.InRange(t, 150, 350));
        var lines = text.Split('\n');
        foreach (var line in unitLines)
        {
            Assert.Contains(line, lines);
        }

        Assert.Equal(
            string.Join(
                "\n",
                [
                    Texts.StatsHeader.Vi(Title),
                    .. unitLines,
                    Texts.StatsTotal.Vi(total[0], total[1], total[2], total[3], total[0] + total[2], 100_000),
                ]),
            text);
    }

    [Fact]
    public void Those_who_will_be_present_are_the_attending_plus_the_delegated()
    {
        Seed(attending: 2, declined: 1, delegated: 3, unanswered: 1);

        bot.Command(Organizer, "/thongke");

        var text = bot.TextsTo(Organizer).Single();
        Assert.Contains(Texts.StatsTotal.Vi(2, 1, 3, 1, 5, 120), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 2, 1, false)]
    [InlineData(4, 2, 1, false)]
    [InlineData(3, 3, 0, false)]
    [InlineData(2, 2, 1, true)]
    [InlineData(2, 0, 3, true)]
    [InlineData(1, 1, 1, true)]
    public void More_present_than_planned_adds_a_warning_and_at_or_under_the_plan_does_not(int expectedPeople, int attending, int delegated, bool warned)
    {
        bot.Store.Put(Sample(expected: expectedPeople));
        Seed(attending, declined: 1, delegated, unanswered: 1);

        bot.Command(Organizer, "/thongke");

        var lines = bot.TextsTo(Organizer).Single().Split('\n');
        var warning = Texts.StatsOverCapacity.Vi(expectedPeople);
        Assert.StartsWith("⚠️", warning, StringComparison.Ordinal);
        Assert.Equal(warned, lines.Contains(warning));
        Assert.Equal(warned, lines[^1] == warning);
    }

    [Fact]
    public void With_no_planned_number_no_warning_is_shown()
    {
        bot.Store.Put(Sample(expected: 0));
        Seed(attending: 5, declined: 0, delegated: 0, unanswered: 0);

        bot.Command(Organizer, "/thongke");

        Assert.DoesNotContain("⚠️", bot.TextsTo(Organizer).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pending_members_are_not_counted()
    {
        Registering.Seed(bot, Alice, MemberStatus.Pending);
        Answer(bot, Alice, RsvpAnswer.Attending);

        bot.Command(Organizer, "/thongke");

        Assert.Contains("<b>Tổng</b>: 0 · 0 · 0 · 0", bot.TextsTo(Organizer).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_several_meetings_the_organizer_chooses_which_one_to_count()
    {
        Put(bot, Sample("hn-20270510", Local(2027, 5, 10, 14, 0), Local(2027, 5, 8, 17, 0), title: "Hội nghị tháng Năm"));

        bot.Command(Organizer, "/thongke");

        var choice = bot.LastWithButtons(Organizer)!;
        Assert.Equal(["rep:stats:hn-20270510", $"rep:stats:{Id}"], choice.AllButtons().Select(b => b.Data));
        bot.Replies(Organizer);
        bot.Press(Organizer, "rep:stats:hn-20270510");
        Assert.StartsWith(Texts.StatsHeader.Vi("Hội nghị tháng Năm"), bot.TextsTo(Organizer).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_organizer_granted_by_chat_may_see_the_headcount()
    {
        Registering.Seed(bot, Carol, MemberStatus.Approved);
        bot.Store.Put(new RoleGrant(Carol.ToString(), Role.Organizer, Organizer.ToString(), bot.Now));

        bot.Command(Carol, "/stats");

        Assert.StartsWith(Texts.StatsHeader.Vi(Title), bot.TextsTo(Carol).Single(), StringComparison.Ordinal);
    }

    private void Seed(int attending, int declined, int delegated, int unanswered)
    {
        var n = 0;
        void Add(RsvpAnswer? answer)
        {
            var user = new UserKey("tg", $"5{n:000}");
            AddMember(bot, user, $"Thành viên {Letters(n)}", $"P{(n % 14) + 1:00}", "+84912000" + $"{n:000}");
            n++;
            if (answer is { } a)
            {
                Answer(bot, user, a, representative: a == RsvpAnswer.Delegated ? new Representative("Lê Văn Tám", "Cán bộ", null) : null);
            }
        }

        for (var i = 0; i < attending; i++)
        {
            Add(RsvpAnswer.Attending);
        }

        for (var i = 0; i < declined; i++)
        {
            Add(RsvpAnswer.Declined);
        }

        for (var i = 0; i < delegated; i++)
        {
            Add(RsvpAnswer.Delegated);
        }

        for (var i = 0; i < unanswered; i++)
        {
            Add(null);
        }
    }

    private static string Letters(int n)
    {
        var letters = "abcdefghij";
        return string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => letters[d - '0']));
    }
}
