using System.Runtime.CompilerServices;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// Converts C# numbers to and from slot bits for typed calls, without boxing: <c>typeof(T)</c> tests are constants
/// to the JIT, so each instantiation compiles to one move. An i32 or f32 is zero-extended in its slot.
/// </summary>
internal static class SlotValue
{
    /// <summary>Gets the Wasm type a C# type stands for: int/uint i32, long/ulong i64, float f32, double f64.</summary>
    public static ValueType TypeOf<T>()
    {
        if (typeof(T) == typeof(int) || typeof(T) == typeof(uint))
        {
            return ValueType.I32;
        }

        if (typeof(T) == typeof(long) || typeof(T) == typeof(ulong))
        {
            return ValueType.I64;
        }

        if (typeof(T) == typeof(float))
        {
            return ValueType.F32;
        }

        if (typeof(T) == typeof(double))
        {
            return ValueType.F64;
        }

        throw new NotSupportedException($"{typeof(T)} is not a Wasm number type (use int, uint, long, ulong, float, double)");
    }

    /// <summary>Converts a value to slot bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong From<T>(T value)
    {
        if (typeof(T) == typeof(int) || typeof(T) == typeof(uint) || typeof(T) == typeof(float))
        {
            return Unsafe.As<T, uint>(ref value);
        }

        return Unsafe.As<T, ulong>(ref value);
    }

    /// <summary>Converts slot bits to a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T To<T>(ulong bits)
    {
        if (typeof(T) == typeof(int) || typeof(T) == typeof(uint) || typeof(T) == typeof(float))
        {
            var low = (uint)bits;
            return Unsafe.As<uint, T>(ref low);
        }

        return Unsafe.As<ulong, T>(ref bits);
    }
}
