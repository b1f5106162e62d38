using Phasor.Wasm.Errors;
using Phasor.Wasm.Model;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Binary;

/// <summary>Reads element segments (spec 5.5.12, flags 0 to 7) and data segments (spec 5.5.14, flags 0 to 2).</summary>
internal static class SegmentDecoder
{
    /// <summary>Reads one element segment.</summary>
    /// <remarks>
    /// Flag bit 0: passive or declarative (else active); bit 1: declarative when passive, explicit table index when
    /// active; bit 2: elements are expressions with a reference type (else function indices with an element kind).
    /// </remarks>
    public static ElementSegment ReadElement(ref WasmReader reader)
    {
        var flagsOffset = reader.Offset;
        var flags = reader.ReadVarU32();
        if (flags > 7)
        {
            throw new MalformedModuleException("malformed elements segment kind", flagsOffset);
        }

        var mode = (flags & 1) == 0 ? SegmentMode.Active : (flags & 2) == 0 ? SegmentMode.Passive : SegmentMode.Declarative;
        var tableIndex = mode == SegmentMode.Active && (flags & 2) != 0 ? reader.ReadVarU32() : 0;
        var offset = mode == SegmentMode.Active ? ConstantExpressionDecoder.Read(ref reader) : null;
        var usesExpressions = (flags & 4) != 0;

        // Flags 0 and 4 imply funcref and have no type byte.
        var elementType = ValueType.FuncRef;
        if ((flags & 3) != 0)
        {
            elementType = usesExpressions ? TypeDecoder.ReadReferenceType(ref reader) : ReadElementKind(ref reader);
        }

        var items = usesExpressions
            ? SectionDecoder.ReadVector(ref reader, static (ref WasmReader r) => ConstantExpressionDecoder.Read(ref r))
            : SectionDecoder.ReadVector(ref reader, static (ref WasmReader r) =>
            {
                var at = r.Offset;
                return ConstantExpressionDecoder.RefFunc(r.ReadVarU32(), at);
            });
        return new ElementSegment(mode, elementType, tableIndex, offset, items);
    }

    /// <summary>Reads one data segment; its bytes are a slice of <paramref name="module"/>.</summary>
    public static DataSegment ReadData(ref WasmReader reader, ReadOnlyMemory<byte> module)
    {
        var flagsOffset = reader.Offset;
        var flags = reader.ReadVarU32();
        if (flags > 2)
        {
            throw new MalformedModuleException("malformed data segment kind", flagsOffset);
        }

        var memoryIndex = flags == 2 ? reader.ReadVarU32() : 0;
        var offset = flags == 1 ? null : ConstantExpressionDecoder.Read(ref reader);
        var length = reader.ReadVarU32();
        var start = reader.Offset;
        if (length > reader.Remaining)
        {
            throw new MalformedModuleException("unexpected end of section or function", start);
        }

        reader.Skip((int)length);
        var mode = flags == 1 ? SegmentMode.Passive : SegmentMode.Active;
        return new DataSegment(mode, memoryIndex, offset, module.Slice(start, (int)length));
    }

    private static ValueType ReadElementKind(ref WasmReader reader)
    {
        var at = reader.Offset;
        if (reader.ReadByte() != 0)
        {
            throw new MalformedModuleException("malformed element kind", at);
        }

        return ValueType.FuncRef;
    }
}
