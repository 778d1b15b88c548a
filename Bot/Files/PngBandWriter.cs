using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Bot.Files;

/// <summary>
/// Writes an 8-bit RGBA PNG a band of rows at a time, so a tall picture never needs all its pixels in
/// memory at once (SkiaSharp's encoder takes the whole picture). Each row gets the PNG filter, Sub or
/// Up, that leaves the smallest sum, as encoders commonly choose; the data is deflated with zlib.
/// </summary>
public sealed class PngBandWriter : IDisposable
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly int width;
    private readonly int height;
    private readonly ChunkStream idat;
    private readonly ZLibStream deflate;
    private readonly byte[] previous;
    private readonly byte[] sub;
    private readonly byte[] up;
    private int written;

    public PngBandWriter(Stream output, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(output);
        (this.width, this.height) = (width, height);
        output.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA; compression, filter method and interlace stay 0
        ChunkStream.WriteChunk(output, "IHDR"u8, header);
        idat = new ChunkStream(output);
        deflate = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true);
        previous = new byte[width * 4];
        sub = new byte[(width * 4) + 1];
        up = new byte[(width * 4) + 1];
        sub[0] = 1;
        up[0] = 2;
    }

    /// <summary>The next rows, top first: unpremultiplied RGBA, four bytes a pixel, no padding.</summary>
    public void WriteRows(ReadOnlySpan<byte> rows)
    {
        var stride = width * 4;
        if (rows.Length % stride != 0 || written + (rows.Length / stride) > height)
        {
            throw new ArgumentException("The rows do not fit the picture.", nameof(rows));
        }

        for (var offset = 0; offset < rows.Length; offset += stride)
        {
            var row = rows.Slice(offset, stride);
            long subSum = 0, upSum = 0;
            for (var i = 0; i < stride; i++)
            {
                var left = i >= 4 ? row[i - 4] : 0;
                var s = (byte)(row[i] - left);
                var u = (byte)(row[i] - previous[i]);
                sub[i + 1] = s;
                up[i + 1] = u;
                subSum += (sbyte)s < 0 ? -(sbyte)s : s;
                upSum += (sbyte)u < 0 ? -(sbyte)u : u;
            }

            deflate.Write(upSum <= subSum ? up : sub);
            row.CopyTo(previous);
            written++;
        }
    }

    public void Dispose()
    {
        deflate.Dispose();
        idat.Dispose();
        if (written == height)
        {
            ChunkStream.WriteChunk(idat.Output, "IEND"u8, []);
        }
    }

    /// <summary>The deflated rows as IDAT chunks of up to 64 KB.</summary>
    private sealed class ChunkStream(Stream output) : Stream
    {
        private readonly byte[] buffer = new byte[65536];
        private int used;

        public Stream Output => output;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
        {
            Span<byte> number = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
            output.Write(number);
            output.Write(type);
            output.Write(data);
            var crc = new Crc32();
            crc.Append(type);
            crc.Append(data);
            BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
            output.Write(number);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty)
            {
                var n = Math.Min(data.Length, this.buffer.Length - used);
                data[..n].CopyTo(this.buffer.AsSpan(used));
                used += n;
                data = data[n..];
                if (used == this.buffer.Length)
                {
                    Flush();
                }
            }
        }

        public override void Flush()
        {
            if (used > 0)
            {
                WriteChunk(output, "IDAT"u8, this.buffer.AsSpan(0, used));
                used = 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }
    }
}
