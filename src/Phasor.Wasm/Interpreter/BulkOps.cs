using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// Table instructions and bulk memory and table operations (spec 4.4.5, 4.4.6): every range is checked before
/// anything is written, so an out-of-bounds operation traps without a partial effect, even with a count of zero.
/// </summary>
internal static unsafe class BulkOps
{
    /// <summary>memory.init.</summary>
    public static void MemoryInit(Instance instance, int segment, uint d, uint s, uint n, int* ip)
    {
        var data = instance.DataSegments[segment].Span;
        var memory = instance.DefaultMemory!;
        if ((ulong)s + n > (ulong)data.Length || (ulong)d + n > memory.Length64)
        {
            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
        }

        data.Slice((int)s, (int)n).CopyTo(new Span<byte>(memory.Base + d, (int)n));
    }

    /// <summary>memory.copy: overlapping ranges copy as if through a temporary buffer.</summary>
    public static void MemoryCopy(byte* memory, ulong size, uint d, uint s, uint n, int* ip)
    {
        if ((ulong)s + n > size || (ulong)d + n > size)
        {
            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
        }

        Buffer.MemoryCopy(memory + s, memory + d, n, n);
    }

    /// <summary>memory.fill.</summary>
    public static void MemoryFill(byte* memory, ulong size, uint d, byte value, uint n, int* ip)
    {
        if ((ulong)d + n > size)
        {
            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
        }

        new Span<byte>(memory + d, (int)n).Fill(value);
    }

    /// <summary>table.get.</summary>
    public static ulong TableGet(TableInstance table, uint i, int* ip)
    {
        var elements = table.Elements;
        if (i >= (uint)elements.Length)
        {
            throw Traps.At(TrapKind.OutOfBoundsTableAccess, ip);
        }

        return elements[i];
    }

    /// <summary>table.set.</summary>
    public static void TableSet(TableInstance table, uint i, ulong value, int* ip)
    {
        var elements = table.Elements;
        if (i >= (uint)elements.Length)
        {
            throw Traps.At(TrapKind.OutOfBoundsTableAccess, ip);
        }

        elements[i] = value;
    }

    /// <summary>table.fill.</summary>
    public static void TableFill(TableInstance table, uint i, ulong value, uint n, int* ip)
    {
        var elements = table.Elements;
        if ((ulong)i + n > (ulong)elements.Length)
        {
            throw Traps.At(TrapKind.OutOfBoundsTableAccess, ip);
        }

        elements.AsSpan((int)i, (int)n).Fill(value);
    }

    /// <summary>table.copy: overlapping ranges copy as if through a temporary buffer.</summary>
    public static void TableCopy(TableInstance destination, TableInstance source, uint d, uint s, uint n, int* ip)
    {
        if ((ulong)s + n > source.Size || (ulong)d + n > destination.Size)
        {
            throw Traps.At(TrapKind.OutOfBoundsTableAccess, ip);
        }

        Array.Copy(source.Elements, (int)s, destination.Elements, (int)d, (int)n);
    }

    /// <summary>table.init.</summary>
    public static void TableInit(TableInstance table, ulong[] segment, uint d, uint s, uint n, int* ip)
    {
        if ((ulong)s + n > (ulong)segment.Length || (ulong)d + n > table.Size)
        {
            throw Traps.At(TrapKind.OutOfBoundsTableAccess, ip);
        }

        Array.Copy(segment, (int)s, table.Elements, (int)d, (int)n);
    }
}
