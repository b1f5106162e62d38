using System.Buffers.Binary;
using Phasor.Audio.Wav;

namespace Phasor.Audio.Tests.Wav;

public sealed class WavWriterTests
{
    public static TheoryData<WavSampleFormat, int> FormatsAndChannels() => new()
    {
        { WavSampleFormat.Pcm16, 1 }, { WavSampleFormat.Pcm16, 2 },
        { WavSampleFormat.Pcm24, 1 }, { WavSampleFormat.Pcm24, 2 },
        { WavSampleFormat.Float32, 1 }, { WavSampleFormat.Float32, 2 },
    };

    [Theory]
    [MemberData(nameof(FormatsAndChannels))]
    public void RoundTrip_ReadsBackWhatWasWritten(WavSampleFormat format, int channels)
    {
        var samples = TestSignal(1001 * channels);
        var stream = new MemoryStream();
        using (var writer = new WavWriter(stream, 44100, channels, format, leaveOpen: true))
        {
            writer.WriteInterleaved(samples.AsSpan(0, 400 * channels));
            writer.WriteInterleaved(samples.AsSpan(400 * channels));
            Assert.Equal(1001, writer.FramesWritten);
        }

        stream.Position = 0;
        var data = WavFile.Read(stream);

        Assert.Equal(44100, data.SampleRate);
        Assert.Equal(channels, data.Channels);
        Assert.Equal(format, data.Format);
        Assert.Equal(1001, data.Frames);
        var tolerance = format switch { WavSampleFormat.Pcm16 => 1 / 32767.0, WavSampleFormat.Pcm24 => 1 / 8388607.0, _ => 0 };
        for (var i = 0; i < samples.Length; i++)
        {
            Assert.True(Math.Abs(data.Samples[i] - samples[i]) <= tolerance, $"sample {i}: wrote {samples[i]}, read {data.Samples[i]}");
        }
    }

    [Fact]
    public void Header_Pcm16Stereo_IsByteExact()
    {
        var bytes = Write(WavSampleFormat.Pcm16, 2, 44100, [0f, 0f, 0.5f, -0.5f, 1f, -1f]);

        byte[] expected =
        [
            .. "RIFF"u8, .. WavBytes.U32(36 + 12), .. "WAVE"u8,
            .. "fmt "u8, 16, 0, 0, 0, 1, 0, 2, 0, 0x44, 0xAC, 0, 0, .. WavBytes.U32(44100 * 4), 4, 0, 16, 0,
            .. "data"u8, 12, 0, 0, 0,
            0, 0, 0, 0, 0x00, 0x40, 0x00, 0xC0, 0xFF, 0x7F, 0x01, 0x80,
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Header_Float32Mono_HasFormatTag3CbSizeAndFactChunk()
    {
        var bytes = Write(WavSampleFormat.Float32, 1, 48000, [0.25f, -2f, 3f]);

        byte[] expected =
        [
            .. "RIFF"u8, .. WavBytes.U32(50 + 12), .. "WAVE"u8,
            .. "fmt "u8, 18, 0, 0, 0, 3, 0, 1, 0, .. WavBytes.U32(48000), .. WavBytes.U32(48000 * 4), 4, 0, 32, 0, 0, 0,
            .. "fact"u8, 4, 0, 0, 0, 3, 0, 0, 0,
            .. "data"u8, 12, 0, 0, 0,
        ];
        Assert.Equal(expected, bytes[..58]);
        Assert.Equal(70, bytes.Length);

        // Float is stored as given: no clipping.
        Assert.Equal(-2f, BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(62)));
    }

    [Fact]
    public void Pcm24_OddDataSize_IsPaddedAndCountedInTheRiffSize()
    {
        var bytes = Write(WavSampleFormat.Pcm24, 1, 8000, [0.5f, -0.5f, 1f]);

        Assert.Equal(44 + 9 + 1, bytes.Length);
        Assert.Equal(36u + 9 + 1, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal(9u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)));
        Assert.Equal(24, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(34)));
        Assert.Equal([0x00, 0x00, 0x40, 0x00, 0x00, 0xC0, 0xFF, 0xFF, 0x7F, 0x00], bytes[44..]);
    }

    [Fact]
    public void Pcm_OutOfRangeSamples_AreClippedAndNaNIsSilence()
    {
        var bytes = Write(WavSampleFormat.Pcm16, 1, 48000, [2f, -2f, 1.5f, float.NaN, float.NegativeInfinity, 0.5f]);

        short[] codes = [.. Enumerable.Range(0, 6).Select(i => BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(44 + (2 * i))))];
        Assert.Equal([32767, -32767, 32767, 0, -32767, 16384], codes);
    }

    [Fact]
    public void NonSeekableStream_LeavesStreamedSizesThatTheReaderAccepts()
    {
        var inner = new MemoryStream();
        using (var writer = new WavWriter(new ForwardOnlyStream(inner), 22050, 1, WavSampleFormat.Pcm16))
        {
            writer.WriteInterleaved([0.25f, -0.25f, 0.75f]);
        }

        var bytes = inner.ToArray();
        Assert.Equal(uint.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)));
        var data = WavFile.Read(new MemoryStream(bytes));
        Assert.Equal(3, data.Frames);
        Assert.Equal(0.75f, data.Samples[2], 1e-4f);
    }

    [Fact]
    public void WriteInterleaved_AfterTheFirstCall_DoesNotAllocate()
    {
        using var writer = new WavWriter(Stream.Null, 48000, 2, WavSampleFormat.Pcm24);
        var block = TestSignal(256);
        writer.WriteInterleaved(block);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            writer.WriteInterleaved(block);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(101 * 128, writer.FramesWritten);
    }

    [Fact]
    public void WriteInterleaved_PartialFrame_IsRejected()
    {
        using var writer = new WavWriter(new MemoryStream(), 48000, 2, WavSampleFormat.Pcm16);

        Assert.Throws<ArgumentException>(() => writer.WriteInterleaved([0f, 0f, 0f]));
    }

    private static byte[] Write(WavSampleFormat format, int channels, int rate, float[] samples)
    {
        var stream = new MemoryStream();
        using (var writer = new WavWriter(stream, rate, channels, format))
        {
            writer.WriteInterleaved(samples);
        }

        return stream.ToArray();
    }

    private static float[] TestSignal(int n)
    {
        var x = new float[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = (float)((0.9 * Math.Sin(i * 0.37)) + (0.1 * Math.Cos(i * 1.3)));
        }

        x[0] = 1f;
        x[^1] = -1f;
        return x;
    }

    /// <summary>A stream that can only be written forward, like a pipe.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
