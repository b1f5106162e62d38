namespace Phasor.Wasm.Model;

/// <summary>Classification and text names of <see cref="ValueType"/>s.</summary>
public static class ValueTypes
{
    /// <summary>Gets whether <paramref name="type"/> is one of the byte values the binary format defines.</summary>
    public static bool IsDefined(byte type) => type is 0x7F or 0x7E or 0x7D or 0x7C or 0x7B or 0x70 or 0x6F;

    /// <summary>Gets whether <paramref name="type"/> is a reference type (funcref, externref).</summary>
    public static bool IsReference(this ValueType type) => type is ValueType.FuncRef or ValueType.ExternRef;

    /// <summary>Gets whether <paramref name="type"/> is a number type (i32, i64, f32, f64).</summary>
    public static bool IsNumber(this ValueType type) => type is ValueType.I32 or ValueType.I64 or ValueType.F32 or ValueType.F64;

    /// <summary>Gets the text-format name (<c>i32</c>, <c>funcref</c>...).</summary>
    public static string Name(this ValueType type) => type switch
    {
        ValueType.I32 => "i32",
        ValueType.I64 => "i64",
        ValueType.F32 => "f32",
        ValueType.F64 => "f64",
        ValueType.V128 => "v128",
        ValueType.FuncRef => "funcref",
        ValueType.ExternRef => "externref",
        _ => $"0x{(byte)type:x2}",
    };
}
