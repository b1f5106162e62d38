using System.Buffers.Binary;

namespace Phasor.Audio.Wav;

/// <summary>
/// Reads WAV files: PCM 8/16/24/32-bit, IEEE float 32/64-bit, plain or WAVE_FORMAT_EXTENSIBLE. Chunks other than
/// <c>fmt </c> and <c>data</c> (LIST, fact, cue, ...) are skipped with their pad bytes; malformed files are rejected
/// with an <see cref="InvalidDataException"/> that says what is wrong and at which byte.
/// </summary>
public static class WavFile
{
    /// <summary>A data size of all ones marks a file streamed without knowing its length: the data runs to the end.</summary>
    private const uint StreamedSize = uint.MaxValue;

    private const int FrameBatch = 4096;

    /// <summary>Reads a whole WAV file from the current position of <paramref name="stream"/>; offsets in errors count from there.</summary>
    public static WavData Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new ChunkStream(stream);
        Span<byte> header = stackalloc byte[12];
        if (reader.ReadUpTo(header) < 12 || !header[..4].SequenceEqual("RIFF"u8) || !header[8..].SequenceEqual("WAVE"u8))
        {
            throw WavErrors.NotRiffWave(0);
        }

        WavFormat? format = null;
        while (true)
        {
            var chunkStart = reader.Offset;
            var read = reader.ReadUpTo(header[..8]);
            if (read == 0)
            {
                throw format is null ? WavErrors.FmtMissing(chunkStart) : WavErrors.DataMissing(chunkStart);
            }

            if (read < 8)
            {
                throw WavErrors.ChunkHeaderTruncated(chunkStart);
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            if (header[..4].SequenceEqual("data"u8))
            {
                return format is { } f ? ReadData(reader, f, size, chunkStart) : throw WavErrors.FmtMissingBeforeData(chunkStart);
            }

            if (header[..4].SequenceEqual("fmt "u8))
            {
                if (size is < 16 or > 4096)
                {
                    throw WavErrors.FmtSize(chunkStart, size);
                }

                var body = new byte[size];
                reader.ReadChunkBody(body, "fmt");
                format = WavFormat.Parse(body, chunkStart + 8);
            }
            else
            {
                reader.Skip(size, System.Text.Encoding.ASCII.GetString(header[..4]).TrimEnd());
            }

            if ((size & 1) != 0)
            {
                // Odd chunks carry a pad byte; some writers omit it on the last chunk, which the next header read tolerates.
                reader.ReadUpTo(header[..1]);
            }
        }
    }

    private static WavData ReadData(ChunkStream reader, WavFormat format, uint size, long chunkStart)
    {
        byte[] bytes;
        if (size == StreamedSize)
        {
            // Streamed without a final size: keep the whole frames up to the end of the stream.
            bytes = reader.ReadToEnd();
            Array.Resize(ref bytes, bytes.Length - (bytes.Length % format.BlockAlign));
        }
        else
        {
            if (size % format.BlockAlign != 0)
            {
                throw WavErrors.PartialFrame(chunkStart, size, format.BlockAlign);
            }

            var count = (long)size / (format.BitsPerSample / 8);
            if (count > Array.MaxLength)
            {
                throw WavErrors.TooLarge(chunkStart, count);
            }

            bytes = new byte[size];
            reader.ReadChunkBody(bytes, "data");
        }

        var samples = new float[bytes.Length / (format.BitsPerSample / 8)];
        var batch = FrameBatch * format.Channels;
        for (var start = 0; start < samples.Length; start += batch)
        {
            var n = Math.Min(batch, samples.Length - start);
            var bytesPerSample = format.BitsPerSample / 8;
            format.Decode(bytes.AsSpan(start * bytesPerSample, n * bytesPerSample), samples.AsSpan(start, n));
        }

        return new WavData(format.SampleRate, format.Channels, format.BitsPerSample, format.IsFloat, samples);
    }
}
