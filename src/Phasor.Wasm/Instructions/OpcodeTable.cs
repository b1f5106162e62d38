using System.Runtime.CompilerServices;
using Phasor.Wasm.Model;
using static Phasor.Wasm.Model.ValueType;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Instructions;

/// <summary>
/// The metadata of every Wasm 2.0 opcode (SIMD excluded) as data: one <see cref="OpcodeInfo"/> per single-byte
/// opcode and per <c>0xFC</c> sub-opcode. The decoder reads immediates by it; the validator types the fixed-signature
/// instructions by it, so only control, variable, reference and table instructions need code of their own.
/// </summary>
public static class OpcodeTable
{
    /// <summary>The number of <c>0xFC</c> sub-opcodes Wasm 2.0 defines (0 through 17).</summary>
    public const int MiscCount = 18;

    private static readonly OpcodeInfo[] s_single = BuildSingle();
    private static readonly OpcodeInfo[] s_misc = BuildMisc();

    /// <summary>Gets the metadata of a single-byte opcode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref readonly OpcodeInfo Single(byte opcode) => ref s_single[opcode];

    /// <summary>Gets the metadata of <paramref name="opcode"/> (either form); an undefined value is Illegal.</summary>
    public static OpcodeInfo Get(Opcode opcode)
    {
        var value = (ushort)opcode;
        if (value < 0x100)
        {
            return s_single[value];
        }

        var sub = value - 0xFC00;
        return sub is >= 0 and < MiscCount ? s_misc[sub] : default;
    }

    /// <summary>Gets the metadata of <c>0xFC</c> sub-opcode <paramref name="sub"/>, Illegal when out of range.</summary>
    public static OpcodeInfo Misc(uint sub) => sub < MiscCount ? s_misc[sub] : default;

    private static OpcodeInfo[] BuildSingle()
    {
        var t = new OpcodeInfo[256];
        Set(t, ImmediateKind.None, Opcode.Unreachable, Opcode.Nop, Opcode.Else, Opcode.End, Opcode.Return, Opcode.Drop,
            Opcode.Select, Opcode.RefIsNull);
        Set(t, ImmediateKind.BlockType, Opcode.Block, Opcode.Loop, Opcode.If);
        Set(t, ImmediateKind.Label, Opcode.Br, Opcode.BrIf);
        Set(t, ImmediateKind.BrTable, Opcode.BrTable);
        Set(t, ImmediateKind.Function, Opcode.Call, Opcode.RefFunc);
        Set(t, ImmediateKind.CallIndirect, Opcode.CallIndirect);
        Set(t, ImmediateKind.SelectTypes, Opcode.SelectTyped);
        Set(t, ImmediateKind.Local, Opcode.LocalGet, Opcode.LocalSet, Opcode.LocalTee);
        Set(t, ImmediateKind.Global, Opcode.GlobalGet, Opcode.GlobalSet);
        Set(t, ImmediateKind.Table, Opcode.TableGet, Opcode.TableSet);
        Set(t, ImmediateKind.ZeroByte, Opcode.MemorySize, Opcode.MemoryGrow);
        Set(t, ImmediateKind.RefType, Opcode.RefNull);
        t[(int)Opcode.I32Const] = new(ImmediateKind.I32, 0, 0, I32, 0);
        t[(int)Opcode.I64Const] = new(ImmediateKind.I64, 0, 0, I64, 0);
        t[(int)Opcode.F32Const] = new(ImmediateKind.F32, 0, 0, F32, 0);
        t[(int)Opcode.F64Const] = new(ImmediateKind.F64, 0, 0, F64, 0);
        AddMemoryAccesses(t);
        AddNumeric(t);
        AddConversions(t);
        return t;
    }

    private static void AddMemoryAccesses(OpcodeInfo[] t)
    {
        Load(t, Opcode.I32Load, I32, 2);
        Load(t, Opcode.I64Load, I64, 3);
        Load(t, Opcode.F32Load, F32, 2);
        Load(t, Opcode.F64Load, F64, 3);
        Load(t, Opcode.I32Load8S, I32, 0);
        Load(t, Opcode.I32Load8U, I32, 0);
        Load(t, Opcode.I32Load16S, I32, 1);
        Load(t, Opcode.I32Load16U, I32, 1);
        Load(t, Opcode.I64Load8S, I64, 0);
        Load(t, Opcode.I64Load8U, I64, 0);
        Load(t, Opcode.I64Load16S, I64, 1);
        Load(t, Opcode.I64Load16U, I64, 1);
        Load(t, Opcode.I64Load32S, I64, 2);
        Load(t, Opcode.I64Load32U, I64, 2);
        Store(t, Opcode.I32Store, I32, 2);
        Store(t, Opcode.I64Store, I64, 3);
        Store(t, Opcode.F32Store, F32, 2);
        Store(t, Opcode.F64Store, F64, 3);
        Store(t, Opcode.I32Store8, I32, 0);
        Store(t, Opcode.I32Store16, I32, 1);
        Store(t, Opcode.I64Store8, I64, 0);
        Store(t, Opcode.I64Store16, I64, 1);
        Store(t, Opcode.I64Store32, I64, 2);
    }

    private static void AddNumeric(OpcodeInfo[] t)
    {
        // Spec 5.4.7 lays the numeric operators out in runs of one shape each.
        Run(t, Opcode.I32Eqz, Opcode.I32Eqz, I32, 0, I32);
        Run(t, Opcode.I32Eq, Opcode.I32GeU, I32, I32, I32);
        Run(t, Opcode.I64Eqz, Opcode.I64Eqz, I64, 0, I32);
        Run(t, Opcode.I64Eq, Opcode.I64GeU, I64, I64, I32);
        Run(t, Opcode.F32Eq, Opcode.F32Ge, F32, F32, I32);
        Run(t, Opcode.F64Eq, Opcode.F64Ge, F64, F64, I32);
        Run(t, Opcode.I32Clz, Opcode.I32Popcnt, I32, 0, I32);
        Run(t, Opcode.I32Add, Opcode.I32Rotr, I32, I32, I32);
        Run(t, Opcode.I64Clz, Opcode.I64Popcnt, I64, 0, I64);
        Run(t, Opcode.I64Add, Opcode.I64Rotr, I64, I64, I64);
        Run(t, Opcode.F32Abs, Opcode.F32Sqrt, F32, 0, F32);
        Run(t, Opcode.F32Add, Opcode.F32Copysign, F32, F32, F32);
        Run(t, Opcode.F64Abs, Opcode.F64Sqrt, F64, 0, F64);
        Run(t, Opcode.F64Add, Opcode.F64Copysign, F64, F64, F64);
        Run(t, Opcode.I32Extend8S, Opcode.I32Extend16S, I32, 0, I32);
        Run(t, Opcode.I64Extend8S, Opcode.I64Extend32S, I64, 0, I64);
    }

    private static void AddConversions(OpcodeInfo[] t)
    {
        Run(t, Opcode.I32WrapI64, Opcode.I32WrapI64, I64, 0, I32);
        Run(t, Opcode.I32TruncF32S, Opcode.I32TruncF32U, F32, 0, I32);
        Run(t, Opcode.I32TruncF64S, Opcode.I32TruncF64U, F64, 0, I32);
        Run(t, Opcode.I64ExtendI32S, Opcode.I64ExtendI32U, I32, 0, I64);
        Run(t, Opcode.I64TruncF32S, Opcode.I64TruncF32U, F32, 0, I64);
        Run(t, Opcode.I64TruncF64S, Opcode.I64TruncF64U, F64, 0, I64);
        Run(t, Opcode.F32ConvertI32S, Opcode.F32ConvertI32U, I32, 0, F32);
        Run(t, Opcode.F32ConvertI64S, Opcode.F32ConvertI64U, I64, 0, F32);
        Run(t, Opcode.F32DemoteF64, Opcode.F32DemoteF64, F64, 0, F32);
        Run(t, Opcode.F64ConvertI32S, Opcode.F64ConvertI32U, I32, 0, F64);
        Run(t, Opcode.F64ConvertI64S, Opcode.F64ConvertI64U, I64, 0, F64);
        Run(t, Opcode.F64PromoteF32, Opcode.F64PromoteF32, F32, 0, F64);
        Run(t, Opcode.I32ReinterpretF32, Opcode.I32ReinterpretF32, F32, 0, I32);
        Run(t, Opcode.I64ReinterpretF64, Opcode.I64ReinterpretF64, F64, 0, I64);
        Run(t, Opcode.F32ReinterpretI32, Opcode.F32ReinterpretI32, I32, 0, F32);
        Run(t, Opcode.F64ReinterpretI64, Opcode.F64ReinterpretI64, I64, 0, F64);
    }

    private static OpcodeInfo[] BuildMisc()
    {
        var t = new OpcodeInfo[MiscCount];
        t[0] = Conversion(F32, I32);
        t[1] = Conversion(F32, I32);
        t[2] = Conversion(F64, I32);
        t[3] = Conversion(F64, I32);
        t[4] = Conversion(F32, I64);
        t[5] = Conversion(F32, I64);
        t[6] = Conversion(F64, I64);
        t[7] = Conversion(F64, I64);
        t[8] = new(ImmediateKind.MemoryInit, 0, 0, 0, 0);
        t[9] = new(ImmediateKind.Data, 0, 0, 0, 0);
        t[10] = new(ImmediateKind.MemoryCopy, 0, 0, 0, 0);
        t[11] = new(ImmediateKind.ZeroByte, 0, 0, 0, 0);
        t[12] = new(ImmediateKind.TableInit, 0, 0, 0, 0);
        t[13] = new(ImmediateKind.Element, 0, 0, 0, 0);
        t[14] = new(ImmediateKind.TableCopy, 0, 0, 0, 0);
        t[15] = new(ImmediateKind.Table, 0, 0, 0, 0);
        t[16] = new(ImmediateKind.Table, 0, 0, 0, 0);
        t[17] = new(ImmediateKind.Table, 0, 0, 0, 0);
        return t;
    }

    private static OpcodeInfo Conversion(ValueType from, ValueType to) => new(ImmediateKind.None, from, 0, to, 0);

    private static void Set(OpcodeInfo[] t, ImmediateKind kind, params Opcode[] opcodes)
    {
        foreach (var op in opcodes)
        {
            t[(int)op] = new(kind, 0, 0, 0, 0);
        }
    }

    private static void Run(OpcodeInfo[] t, Opcode first, Opcode last, ValueType operand1, ValueType operand2, ValueType result)
    {
        for (var op = (int)first; op <= (int)last; op++)
        {
            t[op] = new(ImmediateKind.None, operand1, operand2, result, 0);
        }
    }

    private static void Load(OpcodeInfo[] t, Opcode op, ValueType type, byte accessLog2) =>
        t[(int)op] = new(ImmediateKind.MemArg, I32, 0, type, accessLog2);

    private static void Store(OpcodeInfo[] t, Opcode op, ValueType type, byte accessLog2) =>
        t[(int)op] = new(ImmediateKind.MemArg, I32, type, 0, accessLog2);
}
