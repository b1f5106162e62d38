using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// A linear memory (spec 4.2.8): a pinned byte array, so the interpreter holds a raw base pointer and does one
/// bounds check per access. Growth allocates a new array and copies; code that cached <see cref="Base"/> refreshes it
/// after <c>memory.grow</c> and after calls that may have grown it. Sizes stop at the declared maximum, the store's
/// page limit and <see cref="HardMaxPages"/> (a .NET array holds under 2 GiB).
/// </summary>
/// <remarks>
/// The read and write helpers are for host functions: an address outside the memory is a trap
/// (<see cref="TrapKind.OutOfBoundsMemoryAccess"/>), so a guest that passes a bad pointer traps rather than the host.
/// </remarks>
public sealed unsafe class MemoryInstance : Extern
{
    /// <summary>The most pages one memory can have here: 2 GiB minus one page.</summary>
    public const uint HardMaxPages = 32767;

    private readonly uint _limit;
    private byte[] _data;

    internal MemoryInstance(Store store, MemoryType type)
        : base(store)
    {
        DeclaredMax = type.Limits.Max;
        _limit = Math.Min(Math.Min(type.Limits.Max ?? MemoryType.MaxPages, store.Limits.MaxMemoryPages), HardMaxPages);
        if (type.Limits.Min > _limit)
        {
            throw new ResourceLimitException($"memory of {type.Limits.Min} pages exceeds the limit of {_limit} pages");
        }

        _data = Allocate(type.Limits.Min);
        SetView(type.Limits.Min);
    }

    /// <inheritdoc/>
    public override ExternalKind Kind => ExternalKind.Memory;

    /// <summary>Gets the declared maximum in pages, if any.</summary>
    public uint? DeclaredMax { get; }

    /// <summary>Gets the current size in 64 KiB pages.</summary>
    public uint Pages { get; private set; }

    /// <summary>Gets the current size in bytes.</summary>
    public long Length => (long)Length64;

    /// <summary>Gets the type as import matching sees it: the current size as the minimum (spec 4.5.3).</summary>
    public MemoryType Type => new(new Limits(Pages, DeclaredMax));

    /// <summary>Gets the whole memory as a span; invalid after the memory grows.</summary>
    public Span<byte> Span => new(Base, (int)Length64);

    /// <summary>Gets the address of byte 0 (pinned; changes when the memory grows).</summary>
    internal byte* Base { get; private set; }

    /// <summary>Gets the size in bytes as the interpreter compares effective addresses.</summary>
    internal ulong Length64 { get; private set; }

    /// <summary>Grows by <paramref name="delta"/> pages of zeros (spec 4.5.3.8); returns the old size in pages or -1.</summary>
    public int Grow(uint delta)
    {
        var old = Pages;
        if ((ulong)old + delta > _limit)
        {
            return -1;
        }

        if (delta != 0)
        {
            var grown = Allocate(old + delta);
            _data.AsSpan(0, (int)Length64).CopyTo(grown);
            _data = grown;
            SetView(old + delta);
        }

        return (int)old;
    }

    /// <summary>Gets <paramref name="length"/> bytes at <paramref name="address"/> as a span (a trap when out of bounds).</summary>
    public Span<byte> GetSpan(uint address, int length) => new(Base + Check(address, (uint)length), length);

    /// <summary>Reads a byte.</summary>
    public byte ReadByte(uint address) => Base[Check(address, 1)];

    /// <summary>Reads a little-endian i32.</summary>
    public int ReadInt32(uint address) => BinaryPrimitives.ReadInt32LittleEndian(GetSpan(address, 4));

    /// <summary>Reads a little-endian i64.</summary>
    public long ReadInt64(uint address) => BinaryPrimitives.ReadInt64LittleEndian(GetSpan(address, 8));

    /// <summary>Reads a little-endian f32.</summary>
    public float ReadSingle(uint address) => BinaryPrimitives.ReadSingleLittleEndian(GetSpan(address, 4));

    /// <summary>Reads a little-endian f64.</summary>
    public double ReadDouble(uint address) => BinaryPrimitives.ReadDoubleLittleEndian(GetSpan(address, 8));

    /// <summary>Writes a byte.</summary>
    public void WriteByte(uint address, byte value) => Base[Check(address, 1)] = value;

    /// <summary>Writes a little-endian i32.</summary>
    public void WriteInt32(uint address, int value) => BinaryPrimitives.WriteInt32LittleEndian(GetSpan(address, 4), value);

    /// <summary>Writes a little-endian i64.</summary>
    public void WriteInt64(uint address, long value) => BinaryPrimitives.WriteInt64LittleEndian(GetSpan(address, 8), value);

    /// <summary>Writes a little-endian f32.</summary>
    public void WriteSingle(uint address, float value) => BinaryPrimitives.WriteSingleLittleEndian(GetSpan(address, 4), value);

    /// <summary>Writes a little-endian f64.</summary>
    public void WriteDouble(uint address, double value) => BinaryPrimitives.WriteDoubleLittleEndian(GetSpan(address, 8), value);

    /// <summary>Copies <paramref name="bytes"/> into memory at <paramref name="address"/>.</summary>
    public void Write(uint address, ReadOnlySpan<byte> bytes) => bytes.CopyTo(GetSpan(address, bytes.Length));

    /// <summary>Decodes <paramref name="length"/> bytes of UTF-8 at <paramref name="address"/>.</summary>
    public string ReadUtf8(uint address, int length) => Encoding.UTF8.GetString(GetSpan(address, length));

    /// <summary>Returns the byte offset of a checked range; throws the out-of-bounds trap otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Check(uint address, uint length)
    {
        if ((ulong)address + length > Length64)
        {
            throw new TrapException(TrapKind.OutOfBoundsMemoryAccess);
        }

        return address;
    }

    private static byte[] Allocate(uint pages) => GC.AllocateArray<byte>((int)(pages * (ulong)MemoryType.PageSize), pinned: true);

    private void SetView(uint pages)
    {
        Pages = pages;
        Length64 = pages * (ulong)MemoryType.PageSize;
        Base = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_data));
    }
}
