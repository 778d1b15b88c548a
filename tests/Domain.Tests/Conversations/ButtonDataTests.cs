using Domain.Conversations;

namespace Domain.Tests.Conversations;

/// <summary>The wire form of every button: one flow, parts, Telegram's 64 bytes.</summary>
public sealed class ButtonDataTests
{
    [Fact]
    public void Joining_puts_the_flow_first_and_the_parts_after_colons()
    {
        Assert.Equal("rsvp:yes:hn-20270510", ButtonData.Join("rsvp", "yes", "hn-20270510"));
        Assert.Equal("bc:udone", ButtonData.Join("bc", "udone"));
        Assert.Equal("cfm", ButtonData.Join("cfm"));
        Assert.Equal("bc:b:", ButtonData.Join("bc", "b", string.Empty));
    }

    [Fact]
    public void Only_the_last_part_may_hold_a_colon()
    {
        Assert.Equal("x:a:b:c", ButtonData.Join("x", "a", "b:c"));
        Assert.Throws<ArgumentException>(() => ButtonData.Join("x", "a:b", "c"));
        Assert.Throws<ArgumentException>(() => ButtonData.Join("x:y", "a"));
        Assert.Throws<ArgumentException>(() => ButtonData.Join(string.Empty, "a"));
    }

    [Fact]
    public void Data_over_64_bytes_is_refused_counting_utf8_bytes()
    {
        Assert.Equal(64, ButtonData.Join("x", new string('a', 62)).Length);
        Assert.Throws<ArgumentException>(() => ButtonData.Join("x", new string('a', 63)));

        // "ệ" takes three bytes: 2 + 21 × 3 = 65.
        Assert.Throws<ArgumentException>(() => ButtonData.Join("x", new string('ệ', 21)));
    }

    [Theory]
    [InlineData("rsvp:yes:hn-1", "rsvp", new[] { "yes", "hn-1" })]
    [InlineData("rsvp", "rsvp", new string[0])]
    [InlineData("rsvp:", "rsvp", new[] { "" })]
    [InlineData("rsvp:yes:a:b", "rsvp", new[] { "yes", "a", "b" })]
    [InlineData(":x", "", new[] { "x" })]
    public void Splitting_gives_the_flow_and_every_part(string data, string flow, string[] parts)
    {
        Assert.True(ButtonData.TrySplit(data, out var gotFlow, out var gotParts));
        Assert.Equal(flow, gotFlow);
        Assert.Equal(parts, gotParts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Nothing_splits_into_nothing(string? data)
    {
        Assert.False(ButtonData.TrySplit(data, out var flow, out var parts));
        Assert.Equal(string.Empty, flow);
        Assert.Empty(parts);
    }

    [Fact]
    public void The_rest_joins_the_parts_back_so_a_last_part_with_a_colon_reads_whole()
    {
        ButtonData.TrySplit(ButtonData.Join("x", "a", "b:c:d"), out _, out var parts);

        Assert.Equal("b:c:d", ButtonData.Rest(parts, 1));
        Assert.Equal(string.Empty, ButtonData.Rest(parts, 5));
    }
}
