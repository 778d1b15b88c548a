namespace Bot.Telegram;

/// <summary>A memory stream that refuses to grow past a limit, so a download stops as soon as it is too large.</summary>
internal sealed class BoundedBuffer(int limit) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Check(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Check(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Check(int count)
    {
        if (Length + count > limit)
        {
            throw new FullException();
        }
    }

    /// <summary>More was written than the limit allows.</summary>
    internal sealed class FullException : IOException
    {
        public FullException()
            : base("The file is larger than allowed.")
        {
        }

        public FullException(string message)
            : base(message)
        {
        }

        public FullException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
