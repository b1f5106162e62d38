using System.Globalization;
using Phasor.Wasm.Model;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// One WebAssembly value of any type, for untyped calls (tools, the spec runner, host callbacks). Numbers are kept
/// as their bits, so NaN payloads survive; a funcref holds its <see cref="FunctionInstance"/> and an externref any
/// host object (null for a null reference). Typed invokers avoid this struct on hot paths.
/// </summary>
public readonly struct Value : IEquatable<Value>
{
    private readonly ulong _bits;
    private readonly object? _reference;

    private Value(ValueType type, ulong bits, object? reference)
    {
        Type = type;
        _bits = bits;
        _reference = reference;
    }

    /// <summary>Gets the value's type.</summary>
    public ValueType Type { get; }

    /// <summary>Gets the raw bits of a number (an i32 or f32 zero-extended).</summary>
    public ulong Bits => _bits;

    /// <summary>Gets the referenced object of a funcref or externref (null for a null reference).</summary>
    public object? Reference => _reference;

    /// <summary>Gets whether this is a null reference.</summary>
    public bool IsNull => Type.IsReference() && _reference is null;

    /// <summary>Makes an i32.</summary>
    public static Value FromI32(int value) => new(ValueType.I32, (uint)value, null);

    /// <summary>Makes an i64.</summary>
    public static Value FromI64(long value) => new(ValueType.I64, (ulong)value, null);

    /// <summary>Makes an f32.</summary>
    public static Value FromF32(float value) => new(ValueType.F32, BitConverter.SingleToUInt32Bits(value), null);

    /// <summary>Makes an f64.</summary>
    public static Value FromF64(double value) => new(ValueType.F64, BitConverter.DoubleToUInt64Bits(value), null);

    /// <summary>Makes an f32 from its bits (keeps NaN payloads exactly).</summary>
    public static Value FromF32Bits(uint bits) => new(ValueType.F32, bits, null);

    /// <summary>Makes an f64 from its bits (keeps NaN payloads exactly).</summary>
    public static Value FromF64Bits(ulong bits) => new(ValueType.F64, bits, null);

    /// <summary>Makes a funcref (null for a null reference).</summary>
    public static Value FromFunction(FunctionInstance? function) => new(ValueType.FuncRef, 0, function);

    /// <summary>Makes an externref (null for a null reference).</summary>
    public static Value FromExtern(object? reference) => new(ValueType.ExternRef, 0, reference);

    /// <summary>Makes the zero value (spec 4.2.1 default) of <paramref name="type"/>: 0, +0.0 or a null reference.</summary>
    public static Value Default(ValueType type) => new(type, 0, null);

    /// <summary>Makes a value of <paramref name="type"/> from raw number bits.</summary>
    public static Value FromBits(ValueType type, ulong bits) => type switch
    {
        ValueType.I32 or ValueType.F32 => new(type, (uint)bits, null),
        _ => new(type, bits, null),
    };

    /// <summary>Gets an i32's value.</summary>
    public int AsI32() => (int)(uint)_bits;

    /// <summary>Gets an i64's value.</summary>
    public long AsI64() => (long)_bits;

    /// <summary>Gets an f32's value.</summary>
    public float AsF32() => BitConverter.UInt32BitsToSingle((uint)_bits);

    /// <summary>Gets an f64's value.</summary>
    public double AsF64() => BitConverter.UInt64BitsToDouble(_bits);

    /// <summary>Gets a funcref's function (null for a null reference).</summary>
    public FunctionInstance? AsFunction() => _reference as FunctionInstance;

    /// <summary>Bitwise equality: same type, same bits, same referenced object.</summary>
    public bool Equals(Value other) => Type == other.Type && _bits == other._bits && ReferenceEquals(_reference, other._reference);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, _bits, _reference);

    /// <summary>Formats as the text format's constants: <c>i32:42</c>, <c>f64:1.5</c>, <c>funcref:null</c>.</summary>
    public override string ToString() => Type switch
    {
        ValueType.I32 => $"i32:{AsI32()}",
        ValueType.I64 => $"i64:{AsI64()}",
        ValueType.F32 => $"f32:{AsF32().ToString("R", CultureInfo.InvariantCulture)}",
        ValueType.F64 => $"f64:{AsF64().ToString("R", CultureInfo.InvariantCulture)}",
        _ => $"{Type.Name()}:{_reference?.ToString() ?? "null"}",
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Value left, Value right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Value left, Value right) => !left.Equals(right);
}
