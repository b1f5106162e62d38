using Phasor.Wasm.Errors;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Binary;

/// <summary>
/// Reads an initialiser expression (spec 5.4.9): instructions up to the <c>end</c> that closes it. Every instruction
/// is kept, constant or not, so the validator can say "constant expression required" rather than the decoder
/// failing; nested blocks are followed so their <c>end</c>s do not close the expression early.
/// </summary>
public static class ConstantExpressionDecoder
{
    /// <summary>Reads an expression and its final <c>end</c>.</summary>
    public static ConstantExpression Read(ref WasmReader reader)
    {
        var start = reader.Offset;
        var instructions = new List<ConstantInstruction>(1);
        var depth = 0;
        while (true)
        {
            var at = reader.Offset;
            var opcode = InstructionDecoder.ReadOpcode(ref reader, out var info);
            switch (opcode)
            {
                case Opcode.End when depth == 0:
                    return new ConstantExpression([.. instructions], start);
                case Opcode.End:
                    depth--;
                    break;
                case Opcode.Else when depth == 0:
                    throw new MalformedModuleException("END opcode expected", at);
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    depth++;
                    break;
            }

            instructions.Add(new ConstantInstruction(opcode, ReadImmediate(ref reader, opcode, info.Immediate)));
        }
    }

    /// <summary>Creates the expression <c>ref.func index</c>, which the element section's function-index lists stand for.</summary>
    public static ConstantExpression RefFunc(uint index, int offset) =>
        new([new ConstantInstruction(Opcode.RefFunc, index)], offset);

    private static ulong ReadImmediate(ref WasmReader reader, Opcode opcode, ImmediateKind kind)
    {
        switch (opcode)
        {
            case Opcode.I32Const:
                return (ulong)(long)reader.ReadVarS32();
            case Opcode.I64Const:
                return (ulong)reader.ReadVarS64();
            case Opcode.F32Const:
                return reader.ReadF32Bits();
            case Opcode.F64Const:
                return reader.ReadF64Bits();
            case Opcode.GlobalGet or Opcode.RefFunc:
                return reader.ReadVarU32();
            case Opcode.RefNull:
                return (ulong)TypeDecoder.ReadReferenceType(ref reader);
            default:
                InstructionDecoder.SkipImmediates(ref reader, kind);
                return 0;
        }
    }
}
