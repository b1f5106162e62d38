using System.Buffers.Binary;

namespace Phasor.Audio.Wav;

/// <summary>The fields of a <c>fmt </c> chunk that decoding needs, validated; extensible formats are reduced to their sub-format.</summary>
internal readonly record struct WavFormat(bool IsFloat, int Channels, int SampleRate, int BitsPerSample, int BlockAlign)
{
    public const int PcmTag = 1, FloatTag = 3, ExtensibleTag = 0xFFFE;

    /// <summary>The bytes after the tag of KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT: {000000xx-0000-0010-8000-00AA00389B71}.</summary>
    private static ReadOnlySpan<byte> SubFormatTail => [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    /// <summary>Parses and validates a fmt chunk body that starts at stream byte <paramref name="offset"/>.</summary>
    public static WavFormat Parse(ReadOnlySpan<byte> body, long offset)
    {
        if (body.Length < 16)
        {
            throw WavErrors.FmtSize(offset - 8, body.Length);
        }

        int tag = BinaryPrimitives.ReadUInt16LittleEndian(body);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(body[12..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);
        if (tag == ExtensibleTag)
        {
            // WAVEFORMATEXTENSIBLE: cbSize (22), valid bits, channel mask, then the sub-format GUID at byte 24.
            if (body.Length < 40 || BinaryPrimitives.ReadUInt16LittleEndian(body[16..]) < 22)
            {
                throw WavErrors.FmtSize(offset - 8, body.Length);
            }

            tag = BinaryPrimitives.ReadUInt16LittleEndian(body[24..]);
            if (!body.Slice(26, 14).SequenceEqual(SubFormatTail) || (tag != PcmTag && tag != FloatTag))
            {
                throw WavErrors.UnsupportedSubFormat(offset + 24);
            }
        }

        if (tag != PcmTag && tag != FloatTag)
        {
            throw WavErrors.UnsupportedTag(offset, tag);
        }

        var isFloat = tag == FloatTag;
        if (isFloat ? bits is not (32 or 64) : bits is not (8 or 16 or 24 or 32))
        {
            throw WavErrors.UnsupportedBits(offset + 14, bits, isFloat);
        }

        if (channels == 0)
        {
            throw WavErrors.BadField(offset + 2, "channel count", channels);
        }

        if (sampleRate is 0 or > int.MaxValue)
        {
            throw WavErrors.BadField(offset + 4, "sample rate", sampleRate);
        }

        var expected = channels * (bits / 8);
        if (blockAlign != expected)
        {
            throw WavErrors.BlockAlign(offset + 12, blockAlign, expected);
        }

        return new WavFormat(isFloat, channels, (int)sampleRate, bits, blockAlign);
    }

    /// <summary>Converts whole frames of stored samples to floats, writing one float per stored sample.</summary>
    public void Decode(ReadOnlySpan<byte> bytes, Span<float> samples)
    {
        var bytesPerSample = BitsPerSample / 8;
        for (int i = 0, b = 0; i < samples.Length; i++, b += bytesPerSample)
        {
            samples[i] = (IsFloat, BitsPerSample) switch
            {
                (true, 32) => BinaryPrimitives.ReadSingleLittleEndian(bytes[b..]),
                (true, _) => (float)BinaryPrimitives.ReadDoubleLittleEndian(bytes[b..]),
                (false, 8) => Symmetric(bytes[b] - 128, 127.0),
                (false, 16) => Symmetric(BinaryPrimitives.ReadInt16LittleEndian(bytes[b..]), 32767.0),
                (false, 24) => Symmetric((bytes[b] | (bytes[b + 1] << 8) | ((sbyte)bytes[b + 2] << 16)), 8388607.0),
                _ => Symmetric(BinaryPrimitives.ReadInt32LittleEndian(bytes[b..]), 2147483647.0),
            };
        }
    }

    private static float Symmetric(int code, double fullScale) => (float)Math.Max(-1.0, code / fullScale);
}
