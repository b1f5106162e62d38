using Phasor.Wasm.Errors;
using Phasor.Wasm.Model;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Binary;

/// <summary>Reads the binary format's types (spec 5.3): value, reference, function, limits, table, memory, global.</summary>
public static class TypeDecoder
{
    /// <summary>The byte that introduces a function type.</summary>
    private const byte FunctionTypeForm = 0x60;

    /// <summary>Reads a value type byte ("malformed value type" when undefined).</summary>
    public static ValueType ReadValueType(ref WasmReader reader)
    {
        var start = reader.Offset;
        var b = reader.ReadByte();
        if (!ValueTypes.IsDefined(b))
        {
            throw new MalformedModuleException("malformed value type", start);
        }

        return (ValueType)b;
    }

    /// <summary>Reads a reference type byte: funcref or externref ("malformed reference type" otherwise).</summary>
    public static ValueType ReadReferenceType(ref WasmReader reader)
    {
        var start = reader.Offset;
        var b = reader.ReadByte();
        if (b is not ((byte)ValueType.FuncRef or (byte)ValueType.ExternRef))
        {
            throw new MalformedModuleException("malformed reference type", start);
        }

        return (ValueType)b;
    }

    /// <summary>Reads a function type: <c>0x60</c>, parameter types, result types.</summary>
    public static FuncType ReadFuncType(ref WasmReader reader)
    {
        var start = reader.Offset;
        var form = reader.ReadByte();
        if (form != FunctionTypeForm)
        {
            // The form is a one-byte signed LEB128 in the reference decoder: a continuation bit is too long.
            throw new MalformedModuleException((form & 0x80) != 0 ? "integer representation too long" : "malformed function type", start);
        }

        var parameters = ReadValueTypes(ref reader);
        var results = ReadValueTypes(ref reader);
        return new FuncType(parameters, results);
    }

    /// <summary>
    /// Reads limits. The flag is read as the test suite expects of a one-bit LEB128: a continuation bit is "integer
    /// representation too long", a value above 1 "integer too large".
    /// </summary>
    public static Limits ReadLimits(ref WasmReader reader)
    {
        var start = reader.Offset;
        var flag = reader.ReadByte();
        if ((flag & 0x80) != 0)
        {
            throw new MalformedModuleException("integer representation too long", start);
        }

        if (flag > 1)
        {
            throw new MalformedModuleException("integer too large", start);
        }

        var min = reader.ReadVarU32();
        uint? max = flag == 1 ? reader.ReadVarU32() : null;
        return new Limits(min, max);
    }

    /// <summary>Reads a table type: reference type, then limits.</summary>
    public static TableType ReadTableType(ref WasmReader reader)
    {
        var elementType = ReadReferenceType(ref reader);
        return new TableType(elementType, ReadLimits(ref reader));
    }

    /// <summary>Reads a memory type: limits in pages.</summary>
    public static MemoryType ReadMemoryType(ref WasmReader reader) => new(ReadLimits(ref reader));

    /// <summary>Reads a global type: value type, then a mutability byte (0 or 1, "malformed mutability" otherwise).</summary>
    public static GlobalType ReadGlobalType(ref WasmReader reader)
    {
        var type = ReadValueType(ref reader);
        var start = reader.Offset;
        var mutability = reader.ReadByte();
        if (mutability > 1)
        {
            throw new MalformedModuleException("malformed mutability", start);
        }

        return new GlobalType(type, mutability == 1);
    }

    /// <summary>
    /// Gets the length to allocate for a vector of <paramref name="count"/> entries when <paramref name="remaining"/>
    /// bytes are left: every entry takes at least one byte, so a larger count fails while reading and a hostile count
    /// must not decide how much is allocated.
    /// </summary>
    public static int VectorCapacity(uint count, int remaining) => (int)Math.Min(count, (uint)Math.Max(remaining, 0));

    private static ValueType[] ReadValueTypes(ref WasmReader reader)
    {
        var count = reader.ReadVarU32();
        if (count == 0)
        {
            return [];
        }

        var types = new ValueType[VectorCapacity(count, reader.Remaining)];
        for (var i = 0; i < count; i++)
        {
            types[i] = ReadValueType(ref reader);
        }

        return types;
    }
}
