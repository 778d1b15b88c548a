using Domain.ContentReports;

namespace Domain.Tests.ContentReports;

public sealed class ReportRulesTests
{
    [Theory]
    [InlineData(1, "PA-0001")]
    [InlineData(42, "PA-0042")]
    [InlineData(12345, "PA-12345")]
    public void A_reference_number_has_four_digits_at_least(int number, string reference)
    {
        Assert.Equal(reference, ReportReference.Format(number));
        Assert.Equal(number, ReportReference.Parse(reference));
    }

    [Theory]
    [InlineData("pa-42", 42)]
    [InlineData("PA42", 42)]
    [InlineData(" 0042 ", 42)]
    public void A_typed_reference_is_read_loosely(string text, int number)
    {
        Assert.Equal(number, ReportReference.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("PA-")]
    [InlineData("PA-0")]
    [InlineData("PA--1")]
    [InlineData("PA-99999999999")]
    [InlineData("PA-4 2")]
    [InlineData("PB-42")]
    public void Anything_else_is_no_reference(string text)
    {
        Assert.Null(ReportReference.Parse(text));
    }

    [Fact]
    public void Numbers_follow_the_counter_from_one()
    {
        Assert.Equal(1, ReportReference.Next(null));
        Assert.Equal(43, ReportReference.Next(new ReportCounter(ReportCounter.Key, 42)));
    }

    [Fact]
    public void A_description_has_10_to_1000_characters()
    {
        Assert.Equal(DescriptionProblem.TooShort, ReportRules.CheckDescription("ngắn quá", out _));
        Assert.Equal(DescriptionProblem.None, ReportRules.CheckDescription("  Bài viết bịa đặt về chính sách đất đai.  ", out var clean));
        Assert.Equal("Bài viết bịa đặt về chính sách đất đai.", clean);
        Assert.Equal(DescriptionProblem.None, ReportRules.CheckDescription(new string('a', ReportRules.MaxDescription), out _));
        Assert.Equal(DescriptionProblem.TooLong, ReportRules.CheckDescription(new string('a', ReportRules.MaxDescription + 1), out _));
    }

    [Fact]
    public void Direction_overrides_do_not_count_towards_a_description()
    {
        Assert.Equal(DescriptionProblem.TooShort, ReportRules.CheckDescription("\u202Eabc\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B", out _));
    }

    [Fact]
    public void Up_to_five_photos()
    {
        Assert.True(ReportRules.RoomForPhoto(4));
        Assert.False(ReportRules.RoomForPhoto(5));
    }

    [Fact]
    public void A_report_needs_a_link_or_a_photo()
    {
        Assert.False(ReportRules.HasEvidence(null, 0));
        Assert.True(ReportRules.HasEvidence("https://example.vn", 0));
        Assert.True(ReportRules.HasEvidence(null, 1));
    }

    [Fact]
    public void A_place_or_note_is_short_and_not_empty()
    {
        Assert.Null(ReportRules.ShortText("   ", ReportRules.MaxPlace));
        Assert.Null(ReportRules.ShortText(new string('a', ReportRules.MaxPlace + 1), ReportRules.MaxPlace));
        Assert.Equal("Nhóm Zalo khu phố 3", ReportRules.ShortText(" Nhóm Zalo khu phố 3 ", ReportRules.MaxPlace));
    }

    [Theory]
    [InlineData(ReportStatus.New, ReportStatus.InProgress, true)]
    [InlineData(ReportStatus.New, ReportStatus.Rebutted, true)]
    [InlineData(ReportStatus.InProgress, ReportStatus.Forwarded, true)]
    [InlineData(ReportStatus.InProgress, ReportStatus.InProgress, false)]
    [InlineData(ReportStatus.InProgress, ReportStatus.New, false)]
    [InlineData(ReportStatus.NoAction, ReportStatus.Rebutted, false)]
    [InlineData(ReportStatus.Forwarded, ReportStatus.InProgress, false)]
    public void A_status_moves_forward_only_and_a_closed_report_stays_closed(ReportStatus from, ReportStatus to, bool allowed)
    {
        Assert.Equal(allowed, ReportStatuses.CanMove(from, to));
    }

    [Fact]
    public void A_forged_submission_is_refused_by_the_desk()
    {
        var good = new ReportSubmission("https://example.vn/a", [], ReportPlatform.Website, "Nội dung xuyên tạc lịch sử.", null);
        Assert.NotNull(ReportSubmission.TryRead(good.Write()));
        Assert.Null(ReportSubmission.TryRead((good with { Link = "javascript:x" }).Write()));
        Assert.Null(ReportSubmission.TryRead((good with { Link = null }).Write()));
        Assert.Null(ReportSubmission.TryRead((good with { Photos = ["1", "2", "3", "4", "5", "6"] }).Write()));
        Assert.Null(ReportSubmission.TryRead((good with { Description = "ngắn" }).Write()));
        Assert.Null(ReportSubmission.TryRead((good with { Platform = (ReportPlatform)99 }).Write()));
        Assert.Null(ReportSubmission.TryRead("{not json"));
    }
}
