using Phasor.Wasm.Binary;
using Phasor.Wasm.Instructions;

namespace Phasor.Wasm.Interpreter;

/// <summary>Skips an instruction's immediates (spec 5.4), for code the lowering knows is unreachable.</summary>
internal static class Immediates
{
    /// <summary>Advances <paramref name="r"/> past the immediates of <paramref name="opcode"/>.</summary>
    public static void Skip(Opcode opcode, ref WasmReader r)
    {
        switch (opcode)
        {
            case Opcode.Br or Opcode.BrIf or Opcode.Call or Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee
                or Opcode.GlobalGet or Opcode.GlobalSet or Opcode.TableGet or Opcode.TableSet or Opcode.RefFunc
                or Opcode.DataDrop or Opcode.ElemDrop or Opcode.TableGrow or Opcode.TableSize or Opcode.TableFill:
                r.ReadVarU32();
                break;
            case Opcode.BrTable:
                for (var n = r.ReadVarU32() + 1UL; n > 0; n--)
                {
                    r.ReadVarU32();
                }

                break;
            case Opcode.CallIndirect or Opcode.TableInit or Opcode.TableCopy:
                r.ReadVarU32();
                r.ReadVarU32();
                break;
            case >= Opcode.I32Load and <= Opcode.I64Store32:
                r.ReadVarU32();
                r.ReadVarU32();
                break;
            case Opcode.MemorySize or Opcode.MemoryGrow or Opcode.MemoryFill or Opcode.RefNull:
                r.ReadByte();
                break;
            case Opcode.MemoryCopy:
                r.ReadByte();
                r.ReadByte();
                break;
            case Opcode.MemoryInit:
                r.ReadVarU32();
                r.ReadByte();
                break;
            case Opcode.I32Const:
                r.ReadVarS32();
                break;
            case Opcode.I64Const:
                r.ReadVarS64();
                break;
            case Opcode.F32Const:
                r.Skip(4);
                break;
            case Opcode.F64Const:
                r.Skip(8);
                break;
            case Opcode.SelectTyped:
                r.Skip((int)r.ReadVarU32());
                break;
        }
    }
}
