using System.Buffers.Binary;
using System.Text;

namespace Phasor.Audio.Tests.Wav;

/// <summary>Builds WAV files byte by byte, so the reader can be fed what other writers produce, or something broken.</summary>
internal static class WavBytes
{
    public static byte[] Riff(params (string Id, byte[] Body)[] chunks) => RiffWithPad(true, chunks);

    public static byte[] RiffWithPad(bool pad, params (string Id, byte[] Body)[] chunks)
    {
        var body = new MemoryStream();
        body.Write("WAVE"u8);
        foreach (var (id, data) in chunks)
        {
            body.Write(Encoding.ASCII.GetBytes(id));
            body.Write(U32((uint)data.Length));
            body.Write(data);
            if (pad && (data.Length & 1) != 0)
            {
                body.WriteByte(0);
            }
        }

        var file = new MemoryStream();
        file.Write("RIFF"u8);
        file.Write(U32((uint)body.Length));
        body.WriteTo(file);
        return file.ToArray();
    }

    public static byte[] Fmt(int tag, int channels, int rate, int bits, int? blockAlign = null)
    {
        var align = blockAlign ?? (channels * bits / 8);
        var b = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)tag);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(4), (uint)rate);
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(8), (uint)(rate * align));
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(12), (ushort)align);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(14), (ushort)bits);
        return b;
    }

    /// <summary>A WAVE_FORMAT_EXTENSIBLE fmt body whose sub-format GUID carries <paramref name="subTag"/>.</summary>
    public static byte[] FmtExtensible(int subTag, int channels, int rate, int bits)
    {
        var b = new byte[40];
        Fmt(0xFFFE, channels, rate, bits).CopyTo(b, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(16), 22);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(18), (ushort)bits);
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(20), channels == 2 ? 3u : 4u);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(24), (ushort)subTag);
        byte[] tail = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];
        tail.CopyTo(b, 26);
        return b;
    }

    public static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }
}
