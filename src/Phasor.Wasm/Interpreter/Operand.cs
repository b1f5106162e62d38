namespace Phasor.Wasm.Interpreter;

/// <summary>Where the lowering's virtual operand stack finds a value.</summary>
internal enum OperandKind : byte
{
    /// <summary>In the home slot of its stack position (frame slot <c>locals + position</c>).</summary>
    Temp,

    /// <summary>Still in a local's slot: <c>local.get</c> emits no code until the local is written.</summary>
    Local,

    /// <summary>A constant not yet stored anywhere: it may become an instruction's immediate.</summary>
    Const,
}

/// <summary>One entry of the lowering's virtual operand stack.</summary>
/// <param name="Kind">Where the value is.</param>
/// <param name="Local">The local's index for <see cref="OperandKind.Local"/>.</param>
/// <param name="Bits">The constant's slot bits for <see cref="OperandKind.Const"/> (i32 and f32 zero-extended).</param>
internal readonly record struct Operand(OperandKind Kind, int Local, ulong Bits)
{
    /// <summary>A value in its home slot.</summary>
    public static Operand Temp => default;

    /// <summary>A local's value.</summary>
    public static Operand OfLocal(int index) => new(OperandKind.Local, index, 0);

    /// <summary>A constant.</summary>
    public static Operand OfConst(ulong bits) => new(OperandKind.Const, 0, bits);
}
