using Bot.Files;

namespace Bot.Tests.Files;

public sealed class ChunkedStreamTests
{
    [Fact]
    public void Gives_back_what_was_written_across_chunks_with_seeks_back_over_them()
    {
        var data = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31)).ToArray();
        using var stream = new ChunkedStream();
        stream.Write(data, 0, 70_000);
        stream.Write(data.AsSpan(70_000));
        stream.Position = 65_530;
        stream.Write(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
        stream.Seek(0, SeekOrigin.End);
        stream.WriteByte(42);
        data[65_530..65_540].AsSpan().Clear();
        new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }.CopyTo(data, 65_530);

        Assert.Equal(200_001, stream.Length);
        Assert.Equal([.. data, 42], stream.ToArray());
    }

    [Fact]
    public void An_empty_stream_is_an_empty_array() => Assert.Empty(new ChunkedStream().ToArray());
}
