using System.Globalization;
using Domain.Events;
using Domain.Text;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Events;

/// <summary>Times as the plan writes them, shown and read in Asia/Ho_Chi_Minh.</summary>
public sealed class MeetingFormatTests
{
    private static readonly DateTimeOffset PlanTime = new(2023, 4, 27, 8, 0, 0, Plus7);

    [Fact]
    public void A_time_is_shown_in_vietnamese_as_the_plan_writes_it()
    {
        Assert.Equal("08g00 ngày 27/4/2023 (thứ Năm)", MeetingFormat.When(PlanTime, Saigon, Lang.Vi));
    }

    [Fact]
    public void A_time_is_shown_in_english_with_a_clock_time_and_the_weekday()
    {
        Assert.Equal("08:00 on 27/4/2023 (Thursday)", MeetingFormat.When(PlanTime, Saigon, Lang.En));
    }

    [Fact]
    public void Sunday_is_written_chu_nhat_and_the_minutes_are_kept()
    {
        Assert.Equal("17g30 ngày 25/4/2027 (Chủ nhật)", MeetingFormat.When(Local(2027, 4, 25, 17, 30), Saigon, Lang.Vi));
    }

    [Fact]
    public void A_utc_instant_is_shown_in_ho_chi_minh_time()
    {
        var utc = new DateTimeOffset(2023, 4, 27, 1, 0, 0, TimeSpan.Zero);

        Assert.Equal("08g00 ngày 27/4/2023 (thứ Năm)", MeetingFormat.When(utc, Saigon, Lang.Vi));
    }

    [Fact]
    public void A_utc_evening_is_shown_as_the_next_morning_in_ho_chi_minh()
    {
        var utc = new DateTimeOffset(2023, 4, 26, 18, 30, 0, TimeSpan.Zero);

        Assert.Equal("01g30 ngày 27/4/2023 (thứ Năm)", MeetingFormat.When(utc, Saigon, Lang.Vi));
    }

    [Theory]
    [InlineData("08g00 27/4/2027", 8, 0)]
    [InlineData("8g 27/4/2027", 8, 0)]
    [InlineData("27/4/2027 08:00", 8, 0)]
    [InlineData("27/04/2027 8h30", 8, 30)]
    [InlineData("ngày 27/4/2027", 8, 0)]
    [InlineData("14g15 ngày 27/4/2027", 14, 15)]
    [InlineData("  27/4/2027,  7H45 ", 7, 45)]
    public void Parse_reads_the_ways_organizers_type_a_time_and_gives_ho_chi_minh_offset(string text, int hour, int minute)
    {
        var parsed = MeetingFormat.Parse(text, Saigon);

        Assert.NotNull(parsed);
        Assert.Equal(Local(2027, 4, 27, hour, minute), parsed.Value);
        Assert.Equal(Plus7, parsed.Value.Offset);
    }

    [Fact]
    public void Parse_of_a_date_alone_means_eight_in_the_morning()
    {
        var parsed = MeetingFormat.Parse("27/4/2027", Saigon);

        Assert.Equal(new DateTimeOffset(2027, 4, 27, 8, 0, 0, Plus7), parsed);
        Assert.Equal(Plus7, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ngày mai")]
    [InlineData("hello 27/4/2027")]
    [InlineData("32/4/2027")]
    [InlineData("31/4/2027")]
    [InlineData("27/13/2027")]
    [InlineData("27/4")]
    [InlineData("08g00 27/4")]
    [InlineData("08g00")]
    [InlineData("25g00 27/4/2027")]
    [InlineData("08g61 27/4/2027")]
    public void Parse_rejects_what_is_no_full_date_and_time(string text)
    {
        Assert.Null(MeetingFormat.Parse(text, Saigon));
    }

    [Fact]
    public void Parse_then_show_gives_back_the_plan_text()
    {
        var parsed = MeetingFormat.Parse("8g 27/4/2027", Saigon)!.Value;

        Assert.Equal("08g00 ngày 27/4/2027 (thứ Ba)", MeetingFormat.When(parsed, Saigon, Lang.Vi));
        Assert.Equal("2027-04-27T01:00:00.0000000+00:00", parsed.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
    }
}
