using System.Runtime.CompilerServices;
using System.Text;
using Phasor.Wasm.Errors;

namespace Phasor.Wasm.Binary;

/// <summary>
/// A cursor over module bytes that reads the binary format's primitives (spec 5.2): bytes, LEB128 integers with the
/// spec's length and unused-bit limits, IEEE floats as bits, and UTF-8 names. Every failure is a
/// <see cref="MalformedModuleException"/> with the absolute byte offset and the test suite's wording.
/// </summary>
public ref struct WasmReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly int _baseOffset;
    private readonly bool _bounded;
    private int _position;

    /// <summary>Creates a reader over <paramref name="bytes"/>, which start at <paramref name="baseOffset"/> in the module.</summary>
    /// <param name="bytes">The bytes to read.</param>
    /// <param name="baseOffset">The offset of <paramref name="bytes"/>[0] in the module, for error messages.</param>
    /// <param name="bounded">
    /// True when the bytes are one section or function body cut out of a longer module: running off their end is then
    /// "unexpected end of section or function" rather than "unexpected end".
    /// </param>
    public WasmReader(ReadOnlySpan<byte> bytes, int baseOffset = 0, bool bounded = false)
    {
        _bytes = bytes;
        _baseOffset = baseOffset;
        _bounded = bounded;
        _position = 0;
    }

    /// <summary>Gets the position relative to the start of this reader's bytes.</summary>
    public readonly int Position => _position;

    /// <summary>Gets the absolute offset in the module of the next byte.</summary>
    public readonly int Offset => _baseOffset + _position;

    /// <summary>Gets whether every byte has been read.</summary>
    public readonly bool AtEnd => _position >= _bytes.Length;

    /// <summary>Gets how many bytes are left.</summary>
    public readonly int Remaining => _bytes.Length - _position;

    /// <summary>Reads one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte ReadByte()
    {
        if ((uint)_position >= (uint)_bytes.Length)
        {
            ThrowUnexpectedEnd();
        }

        return _bytes[_position++];
    }

    /// <summary>Returns the next byte without consuming it.</summary>
    public readonly byte PeekByte()
    {
        if ((uint)_position >= (uint)_bytes.Length)
        {
            ThrowUnexpectedEnd();
        }

        return _bytes[_position];
    }

    /// <summary>Reads <paramref name="count"/> bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > Remaining)
        {
            ThrowUnexpectedEnd();
        }

        var span = _bytes.Slice(_position, count);
        _position += count;
        return span;
    }

    /// <summary>Skips <paramref name="count"/> bytes.</summary>
    public void Skip(int count) => ReadBytes(count);

    /// <summary>Reads an unsigned LEB128 of at most 32 bits (5 bytes; the fifth may only use its low 4 bits).</summary>
    public uint ReadVarU32()
    {
        var first = ReadByte();
        if (first < 0x80)
        {
            return first;
        }

        uint result = first & 0x7Fu;
        for (var shift = 7; ; shift += 7)
        {
            var b = ReadByte();
            if (shift == 28)
            {
                if ((b & 0x80) != 0)
                {
                    Throw("integer representation too long");
                }

                if ((b & 0x70) != 0)
                {
                    Throw("integer too large");
                }
            }

            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
    }

    /// <summary>Reads a signed LEB128 of at most 32 bits; the unused bits of a fifth byte must extend the sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadVarS32()
    {
        // Most constants in real code are small: one byte, bit 6 the sign.
        if ((uint)_position < (uint)_bytes.Length && _bytes[_position] < 0x80)
        {
            return (sbyte)(_bytes[_position++] << 1) >> 1;
        }

        return (int)ReadSigned(32);
    }

    /// <summary>Reads a signed LEB128 of at most 33 bits (block types, spec 5.4.1).</summary>
    public long ReadVarS33() => ReadSigned(33);

    /// <summary>Reads a signed LEB128 of at most 64 bits.</summary>
    public long ReadVarS64() => ReadSigned(64);

    /// <summary>Reads an unsigned LEB128 of at most 64 bits.</summary>
    public ulong ReadVarU64()
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = ReadByte();
            if (shift == 63)
            {
                if ((b & 0x80) != 0)
                {
                    Throw("integer representation too long");
                }

                if ((b & 0x7E) != 0)
                {
                    Throw("integer too large");
                }
            }

            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
    }

    /// <summary>Reads the 4 little-endian bytes of an f32, as bits (NaN payloads are kept).</summary>
    public uint ReadF32Bits() => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(4));

    /// <summary>Reads the 8 little-endian bytes of an f64, as bits.</summary>
    public ulong ReadF64Bits() => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(ReadBytes(8));

    /// <summary>
    /// Reads a name: a u32 byte length, then that many bytes of valid UTF-8 (spec 5.2.4). A length past the end of the
    /// bytes is "length out of bounds", as the suite words it.
    /// </summary>
    public string ReadName()
    {
        var lengthOffset = Offset;
        var length = ReadVarU32();
        if (length > Remaining)
        {
            throw new MalformedModuleException("length out of bounds", lengthOffset);
        }

        var start = Offset;
        var bytes = ReadBytes((int)length);
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new MalformedModuleException("malformed UTF-8 encoding", start);
        }
    }

    /// <summary>Throws a <see cref="MalformedModuleException"/> at the current offset.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public readonly void Throw(string message) => throw new MalformedModuleException(message, Offset);

    private long ReadSigned(int bits)
    {
        long result = 0;
        var shift = 0;
        var maxBytes = (bits + 6) / 7;
        for (var i = 1; ; i++)
        {
            var b = ReadByte();
            if (i == maxBytes)
            {
                if ((b & 0x80) != 0)
                {
                    Throw("integer representation too long");
                }

                // The bits beyond the type's width must all equal its sign bit.
                if (!SignExtends(b, bits - shift))
                {
                    Throw("integer too large");
                }
            }

            result |= (long)(b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
            {
                if (shift < 64 && (b & 0x40) != 0)
                {
                    result |= -1L << shift;
                }

                return result;
            }
        }
    }

    private static bool SignExtends(byte b, int used)
    {
        // In the last byte, bits [used-1 .. 6] must be all zeros or all ones.
        var mask = (0x7F >> (used - 1)) << (used - 1) & 0x7F;
        var top = b & mask;
        return top == 0 || top == mask;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private readonly void ThrowUnexpectedEnd() =>
        throw new MalformedModuleException(_bounded ? "unexpected end of section or function" : "unexpected end", Offset);

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
