using Domain.Events;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Events;

/// <summary>The venue in one line, the street said once, and a time that sits inside brackets.</summary>
public sealed class VenuePlaceTests
{
    [Theory]
    [InlineData("Hội trường 118 Ngô Quyền", "118 Ngô Quyền, Phường 8, Quận 5", "Hội trường 118 Ngô Quyền, Phường 8, Quận 5")]
    [InlineData("Hội trường UBND Quận 5", "118 Ngô Quyền, Phường 8, Quận 5", "Hội trường UBND Quận 5, 118 Ngô Quyền, Phường 8, Quận 5")]
    [InlineData("Hội trường 118 Ngô Quyền, Phường 8", "118 Ngô Quyền, Phường 8", "Hội trường 118 Ngô Quyền, Phường 8")]
    [InlineData("118 Ngô Quyền", "118 Ngô Quyền, Phường 8", "118 Ngô Quyền, Phường 8")]
    [InlineData("Hội trường 118 ngô quyền", "118 Ngô Quyền", "Hội trường 118 ngô quyền")]
    public void The_street_is_said_once(string name, string address, string expected)
    {
        Assert.Equal(expected, new Venue(name, address, 0, 0).Place);
    }

    [Fact]
    public void A_time_inside_brackets_has_none_of_its_own()
    {
        Assert.Equal("17g32, thứ Bảy 5/12/2026", MeetingFormat.Inline(Local(2026, 12, 5, 17, 32), Saigon, Lang.Vi));
        Assert.Equal("17:32, Saturday 5/12/2026", MeetingFormat.Inline(Local(2026, 12, 5, 17, 32), Saigon, Lang.En));
    }

    [Fact]
    public void The_unanswered_reminder_has_no_bracket_inside_a_bracket()
    {
        var text = Texts.ReminderUnanswered.Vi(Title, MeetingFormat.Inline(Start, Saigon, Lang.Vi), MeetingFormat.When(Deadline, Saigon, Lang.Vi));

        Assert.DoesNotContain("))", text, StringComparison.Ordinal);
    }
}
