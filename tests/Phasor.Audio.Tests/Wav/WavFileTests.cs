using System.Buffers.Binary;
using Phasor.Audio.Wav;

namespace Phasor.Audio.Tests.Wav;

public sealed class WavFileTests
{
    private static readonly byte[] Pcm16Frames = [0x00, 0x40, 0x01, 0x80, 0xFF, 0x7F, 0x00, 0x00];

    [Fact]
    public void Read_SkipsListChunksWithPadBytes()
    {
        // A LIST chunk of odd size before fmt and another between fmt and data, as tagging tools write them.
        var bytes = WavBytes.Riff(
            ("LIST", [.. "INFOISFT"u8, 5, 0, 0, 0, .. "abcd"u8, 0]),
            ("fmt ", WavBytes.Fmt(1, 1, 48000, 16)),
            ("LIST", [1, 2, 3]),
            ("data", Pcm16Frames));

        var data = WavFile.Read(new MemoryStream(bytes));

        Assert.Equal(48000, data.SampleRate);
        Assert.Equal(1, data.Channels);
        Assert.Equal([16384 / 32767f, -1f, 1f, 0f], data.Samples);
    }

    [Fact]
    public void Read_StopsAtTheDataChunkWhatFollows()
    {
        var bytes = WavBytes.Riff(("fmt ", WavBytes.Fmt(1, 2, 44100, 16)), ("data", Pcm16Frames), ("id3 ", [9, 9, 9]));

        var data = WavFile.Read(new NonSeekable(bytes));

        Assert.Equal(2, data.Frames);
        Assert.Equal(16, data.BitsPerSample);
    }

    [Fact]
    public void Read_Pcm8_IsUnsignedAroundMidScale()
    {
        var data = WavFile.Read(new MemoryStream(WavBytes.Riff(("fmt ", WavBytes.Fmt(1, 1, 8000, 8)), ("data", [128, 255, 1, 0]))));

        Assert.Equal([0f, 1f, -1f, -1f], data.Samples);
        Assert.Null(data.Format);
    }

    [Fact]
    public void Read_Pcm32AndFloat64_AreDecoded()
    {
        var pcm32 = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(pcm32, int.MaxValue);
        BinaryPrimitives.WriteInt32LittleEndian(pcm32.AsSpan(4), -(int.MaxValue / 2));
        var f64 = new byte[16];
        BinaryPrimitives.WriteDoubleLittleEndian(f64, 0.125);
        BinaryPrimitives.WriteDoubleLittleEndian(f64.AsSpan(8), -1.5);

        var a = WavFile.Read(new MemoryStream(WavBytes.Riff(("fmt ", WavBytes.Fmt(1, 2, 96000, 32)), ("data", pcm32))));
        var b = WavFile.Read(new MemoryStream(WavBytes.Riff(("fmt ", WavBytes.Fmt(3, 1, 96000, 64)), ("data", f64))));

        Assert.Equal(1f, a.Samples[0]);
        Assert.Equal(-0.5f, a.Samples[1], 1e-6f);
        Assert.Equal([0.125f, -1.5f], b.Samples);
        Assert.True(b.IsFloat);
    }

    [Theory]
    [InlineData(1, 24)]
    [InlineData(3, 32)]
    public void Read_WaveFormatExtensible_UsesItsSubFormat(int subTag, int bits)
    {
        var frame = subTag == 3 ? BitConverter.GetBytes(0.5f) : [0x00, 0x00, 0x40];
        var bytes = WavBytes.Riff(("fmt ", WavBytes.FmtExtensible(subTag, 1, 48000, bits)), ("data", frame));

        var data = WavFile.Read(new MemoryStream(bytes));

        Assert.Equal(bits, data.BitsPerSample);
        Assert.Equal(subTag == 3, data.IsFloat);
        Assert.Equal(0.5f, data.Samples[0], 1e-6f);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_MalformedFile_IsRejectedWithWhatAndWhere(string name, byte[] bytes, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => WavFile.Read(new MemoryStream(bytes)));

        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{name}: \"{error.Message}\" lacks \"{message}\"");
    }

    public static TheoryData<string, byte[], string> Malformed()
    {
        var fmt = WavBytes.Fmt(1, 1, 48000, 16);
        var good = WavBytes.Riff(("fmt ", fmt), ("data", Pcm16Frames));
        var wrongFormType = (byte[])good.Clone();
        "AVI "u8.CopyTo(wrongFormType.AsSpan(8));
        return new()
        {
            { "empty", [], "not a RIFF/WAVE file" },
            { "avi", wrongFormType, "not a RIFF/WAVE file" },
            { "no fmt", WavBytes.Riff(("LIST", [1, 2])), "fmt chunk missing: reached byte 22" },
            { "data first", WavBytes.Riff(("data", Pcm16Frames), ("fmt ", fmt)), "fmt chunk missing before the data chunk at byte 12" },
            { "no data", WavBytes.Riff(("fmt ", fmt)), "data chunk missing: reached the end of the file at byte 36" },
            { "data cut", good[..^3], "data chunk truncated at byte 49: 8 bytes declared, 5 present" },
            { "header cut", good[..40], "chunk header truncated at byte 36" },
            { "list cut", WavBytes.Riff(("fmt ", fmt), ("LIST", new byte[20]))[..50], "LIST chunk truncated at byte 50" },
            { "adpcm", WavBytes.Riff(("fmt ", WavBytes.Fmt(2, 1, 48000, 4, blockAlign: 256)), ("data", Pcm16Frames)), "unsupported format tag 0x0002 at byte 20" },
            { "pcm 12-bit", WavBytes.Riff(("fmt ", WavBytes.Fmt(1, 1, 48000, 12, blockAlign: 2)), ("data", Pcm16Frames)), "unsupported sample size of 12 bits for PCM at byte 34" },
            { "block align", WavBytes.Riff(("fmt ", WavBytes.Fmt(1, 2, 48000, 16, blockAlign: 2)), ("data", Pcm16Frames)), "block align 2 at byte 32" },
            { "no channels", WavBytes.Riff(("fmt ", WavBytes.Fmt(1, 0, 48000, 16)), ("data", Pcm16Frames)), "invalid channel count 0 at byte 22" },
            { "short fmt", WavBytes.Riff(("fmt ", fmt[..14]), ("data", Pcm16Frames)), "fmt chunk at byte 12 has an invalid size of 14 bytes" },
            { "partial frame", WavBytes.Riff(("fmt ", WavBytes.Fmt(1, 2, 48000, 16)), ("data", Pcm16Frames[..6])), "not a whole number of 4-byte frames" },
            { "bad guid", WavBytes.Riff(("fmt ", WavBytes.FmtExtensible(2, 1, 48000, 16)), ("data", Pcm16Frames)), "unsupported extensible sub-format GUID at byte 44" },
        };
    }

    /// <summary>A read-only stream without seeking, like a pipe.</summary>
    private sealed class NonSeekable(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 3));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
