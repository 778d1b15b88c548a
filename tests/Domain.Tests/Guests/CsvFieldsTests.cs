using Domain.Guests;

namespace Domain.Tests.Guests;

/// <summary>How one guest line or CSV row splits into fields.</summary>
public sealed class CsvFieldsTests
{
    /// <summary>The guest list is read with the CSV library the bot writes its CSV files with, not a splitter of its own.</summary>
    [Fact]
    public void Splitting_is_done_by_CsvHelper()
    {
        Assert.Contains(typeof(CsvFields).Assembly.GetReferencedAssemblies(), a => a.Name == "CsvHelper");
    }

    [Theory]
    [InlineData("An,Ban A,Trưởng ban", new[] { "An", "Ban A", "Trưởng ban" })]
    [InlineData("An,\"Công an Quận 5, Đội 2\",Trưởng ban,0909123456", new[] { "An", "Công an Quận 5, Đội 2", "Trưởng ban", "0909123456" })]
    [InlineData("An, \"Ban Dân vận, Quận ủy\", Phó", new[] { "An", "Ban Dân vận, Quận ủy", "Phó" })]
    [InlineData("\"Nguyễn \"\"Út\"\" Văn\",Ban,Phó", new[] { "Nguyễn \"Út\" Văn", "Ban", "Phó" })]
    [InlineData("An;Ban, Quận 5;Phó;", new[] { "An", "Ban, Quận 5", "Phó", "" })]
    [InlineData("An | Ban; phòng 2 | Phó", new[] { "An", "Ban; phòng 2", "Phó" })]
    [InlineData("An\tBan, A\tPhó", new[] { "An", "Ban, A", "Phó" })]
    [InlineData("An,\"Ban; A\",Phó", new[] { "An", "Ban; A", "Phó" })]
    [InlineData("An,,Phó", new[] { "An", "", "Phó" })]
    [InlineData("An", new[] { "An" })]
    [InlineData("", new[] { "" })]
    public void A_line_splits_into_its_fields(string line, string[] expected)
    {
        Assert.Equal(expected, CsvFields.Split(line).Select(f => f.Trim()));
    }

    [Fact]
    public void An_unclosed_quote_keeps_the_rest_of_the_line_in_one_field()
    {
        var fields = CsvFields.Split("An,\"Ban A, Phó").Select(f => f.Trim()).ToList();

        Assert.Equal("An", fields[0]);
        Assert.Equal(2, fields.Count);
        Assert.Contains("Ban A, Phó", fields[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_stays_in_it()
    {
        Assert.Equal(["Lê Văn \"Út\"", "Ban", "Phó"], CsvFields.Split("Lê Văn \"Út\",Ban,Phó").Select(f => f.Trim()));
    }
}
