namespace Bot.Files;

/// <summary>
/// An in-memory stream for a file being made, kept in 64 KB chunks, whose bytes are copied once,
/// into an array of their exact length, at the end.
/// </summary>
/// <remarks>
/// A <see cref="MemoryStream"/> doubles one array as it grows and <see cref="MemoryStream.ToArray"/>
/// copies it again: for an export, several arrays on the large object heap, which only a full
/// collection frees (docs/benchmarks.md, "Scale and memory"). Chunks stay below that heap's
/// threshold. Seekable, because the zip writer goes back to fill in each entry's sizes.
/// </remarks>
public sealed class ChunkedStream : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> chunks = [];
    private long length;
    private long position;

    public override bool CanRead => false;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value >= 0 && value <= length ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>Everything written, as one array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[length];
        for (var i = 0; i < chunks.Count; i++)
        {
            var start = (long)i * ChunkSize;
            var count = (int)Math.Min(ChunkSize, length - start);
            if (count > 0)
            {
                chunks[i].AsSpan(0, count).CopyTo(bytes.AsSpan((int)start));
            }
        }

        return bytes;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var index = (int)(position / ChunkSize);
            var offset = (int)(position % ChunkSize);
            if (index == chunks.Count)
            {
                chunks.Add(new byte[ChunkSize]);
            }

            var count = Math.Min(buffer.Length, ChunkSize - offset);
            buffer[..count].CopyTo(chunks[index].AsSpan(offset));
            buffer = buffer[count..];
            position += count;
            length = Math.Max(length, position);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override long Seek(long offset, SeekOrigin origin) =>
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
