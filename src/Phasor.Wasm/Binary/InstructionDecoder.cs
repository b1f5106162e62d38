using System.Runtime.CompilerServices;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Instructions;

namespace Phasor.Wasm.Binary;

/// <summary>
/// Reads instructions of the binary format (spec 5.4): the opcode (one byte, or <c>0xFC</c> and a u32 sub-opcode) and
/// the immediates its <see cref="OpcodeInfo"/> describes, with the format errors the test suite expects.
/// </summary>
public static class InstructionDecoder
{
    /// <summary>The prefix byte of the SIMD instructions, which this engine does not implement.</summary>
    private const byte SimdPrefix = 0xFD;

    /// <summary>Reads an opcode; an undefined one (SIMD included) is "illegal opcode" at its first byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Opcode ReadOpcode(ref WasmReader reader, out OpcodeInfo info)
    {
        var start = reader.Offset;
        var b = reader.ReadByte();
        if (b != OpcodeNames.MiscPrefix)
        {
            info = OpcodeTable.Single(b);
            if (info.Immediate == ImmediateKind.Illegal)
            {
                ThrowIllegal(start, b);
            }

            return (Opcode)b;
        }

        var sub = reader.ReadVarU32();
        info = OpcodeTable.Misc(sub);
        if (info.Immediate == ImmediateKind.Illegal)
        {
            ThrowIllegal(start, b);
        }

        return (Opcode)(0xFC00 | sub);
    }

    /// <summary>Reads and discards the immediates of an instruction of kind <paramref name="kind"/>, checking their format.</summary>
    public static void SkipImmediates(ref WasmReader reader, ImmediateKind kind)
    {
        switch (kind)
        {
            case ImmediateKind.None:
                break;
            case ImmediateKind.BlockType:
                reader.ReadVarS33();
                break;
            case ImmediateKind.Label or ImmediateKind.Function or ImmediateKind.Local or ImmediateKind.Global
                or ImmediateKind.Table or ImmediateKind.Data or ImmediateKind.Element:
                reader.ReadVarU32();
                break;
            case ImmediateKind.CallIndirect or ImmediateKind.TableInit or ImmediateKind.TableCopy:
                reader.ReadVarU32();
                reader.ReadVarU32();
                break;
            case ImmediateKind.BrTable:
                SkipBrTable(ref reader);
                break;
            case ImmediateKind.MemArg:
                ReadMemArg(ref reader, out _);
                break;
            case ImmediateKind.ZeroByte:
                ReadZeroByte(ref reader);
                break;
            case ImmediateKind.MemoryInit:
                reader.ReadVarU32();
                ReadZeroByte(ref reader);
                break;
            case ImmediateKind.MemoryCopy:
                ReadZeroByte(ref reader);
                ReadZeroByte(ref reader);
                break;
            default:
                SkipValueImmediates(ref reader, kind);
                break;
        }
    }

    /// <summary>
    /// Reads a memarg (spec 5.4.6): the alignment exponent, then the offset. An exponent of 32 or more (or the
    /// multi-memory flag, bit 6) is "malformed memop flags"; one larger than natural is left to the validator.
    /// </summary>
    /// <returns>The offset.</returns>
    public static uint ReadMemArg(ref WasmReader reader, out uint alignLog2)
    {
        var start = reader.Offset;
        alignLog2 = reader.ReadVarU32();
        if (alignLog2 >= 32)
        {
            throw new MalformedModuleException("malformed memop flags", start);
        }

        return reader.ReadVarU32();
    }

    /// <summary>Reads a reserved memory-index byte, which must be zero in Wasm 2.0 ("zero byte expected").</summary>
    public static void ReadZeroByte(ref WasmReader reader)
    {
        var start = reader.Offset;
        if (reader.ReadByte() != 0)
        {
            throw new MalformedModuleException("zero byte expected", start);
        }
    }

    private static void SkipValueImmediates(ref WasmReader reader, ImmediateKind kind)
    {
        switch (kind)
        {
            case ImmediateKind.I32:
                reader.ReadVarS32();
                break;
            case ImmediateKind.I64:
                reader.ReadVarS64();
                break;
            case ImmediateKind.F32:
                reader.Skip(4);
                break;
            case ImmediateKind.F64:
                reader.Skip(8);
                break;
            case ImmediateKind.RefType:
                TypeDecoder.ReadReferenceType(ref reader);
                break;
            case ImmediateKind.SelectTypes:
                var count = reader.ReadVarU32();
                for (var i = 0u; i < count; i++)
                {
                    TypeDecoder.ReadValueType(ref reader);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an immediate kind");
        }
    }

    private static void SkipBrTable(ref WasmReader reader)
    {
        var count = reader.ReadVarU32();
        for (var i = 0u; i <= count; i++)
        {
            reader.ReadVarU32();
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowIllegal(int offset, byte first) =>
        throw new MalformedModuleException(first == SimdPrefix ? "illegal opcode (SIMD is not supported)" : "illegal opcode", offset);
}
