namespace Phasor.Audio.Wav;

/// <summary>A forward-only view of a stream that counts the bytes consumed, so errors can name their offset.</summary>
internal sealed class ChunkStream(Stream stream)
{
    /// <summary>Bytes consumed since reading began.</summary>
    public long Offset { get; private set; }

    /// <summary>Fills as much of <paramref name="buffer"/> as the stream holds; returns the count read.</summary>
    public int ReadUpTo(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        Offset += total;
        return total;
    }

    /// <summary>Reads a chunk body of exactly the buffer's length, or reports where the chunk was cut off.</summary>
    public void ReadChunkBody(Span<byte> buffer, string id)
    {
        var got = ReadUpTo(buffer);
        if (got < buffer.Length)
        {
            throw WavErrors.ChunkTruncated(id, Offset, buffer.Length, got);
        }
    }

    /// <summary>Skips <paramref name="count"/> bytes of a chunk named <paramref name="id"/>.</summary>
    public void Skip(long count, string id)
    {
        if (stream.CanSeek)
        {
            var available = Math.Max(0, stream.Length - stream.Position);
            var step = Math.Min(count, available);
            stream.Seek(step, SeekOrigin.Current);
            Offset += step;
            if (step < count)
            {
                throw WavErrors.ChunkTruncated(id, Offset, count, step);
            }

            return;
        }

        Span<byte> scratch = stackalloc byte[512];
        var left = count;
        while (left > 0)
        {
            var n = ReadUpTo(scratch[..(int)Math.Min(scratch.Length, left)]);
            if (n == 0)
            {
                throw WavErrors.ChunkTruncated(id, Offset, count, count - left);
            }

            left -= n;
        }
    }

    /// <summary>Everything left in the stream.</summary>
    public byte[] ReadToEnd()
    {
        using var rest = new MemoryStream();
        stream.CopyTo(rest);
        Offset += rest.Length;
        return rest.ToArray();
    }
}
