using System.Runtime.CompilerServices;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// The numeric operations that are more than one C# operator (spec 4.3): trapping division and truncation,
/// saturating truncation, IEEE min/max with NaN and signed zeros, rounding that quiets signalling NaNs, and
/// unsigned 64-bit to float conversions rounded once.
/// </summary>
internal static unsafe class NumericOps
{
    /// <summary>i32.div_s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32DivS(int a, int b, int* ip)
    {
        if (b == 0 || (b == -1 && a == int.MinValue))
        {
            throw Traps.At(b == 0 ? TrapKind.IntegerDivideByZero : TrapKind.IntegerOverflow, ip);
        }

        return a / b;
    }

    /// <summary>i32.div_u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32DivU(uint a, uint b, int* ip)
    {
        if (b == 0)
        {
            throw Traps.At(TrapKind.IntegerDivideByZero, ip);
        }

        return a / b;
    }

    /// <summary>i32.rem_s: the remainder of <c>int.MinValue / -1</c> is 0, not an overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32RemS(int a, int b, int* ip)
    {
        if (b == 0)
        {
            throw Traps.At(TrapKind.IntegerDivideByZero, ip);
        }

        return b == -1 ? 0 : a % b;
    }

    /// <summary>i32.rem_u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32RemU(uint a, uint b, int* ip)
    {
        if (b == 0)
        {
            throw Traps.At(TrapKind.IntegerDivideByZero, ip);
        }

        return a % b;
    }

    /// <summary>i64.div_s.</summary>
    public static long I64DivS(long a, long b, int* ip)
    {
        if (b == 0 || (b == -1 && a == long.MinValue))
        {
            throw Traps.At(b == 0 ? TrapKind.IntegerDivideByZero : TrapKind.IntegerOverflow, ip);
        }

        return a / b;
    }

    /// <summary>i64.div_u.</summary>
    public static ulong I64DivU(ulong a, ulong b, int* ip)
    {
        if (b == 0)
        {
            throw Traps.At(TrapKind.IntegerDivideByZero, ip);
        }

        return a / b;
    }

    /// <summary>i64.rem_s.</summary>
    public static long I64RemS(long a, long b, int* ip)
    {
        if (b == 0)
        {
            throw Traps.At(TrapKind.IntegerDivideByZero, ip);
        }

        return b == -1 ? 0 : a % b;
    }

    /// <summary>i64.rem_u.</summary>
    public static ulong I64RemU(ulong a, ulong b, int* ip)
    {
        if (b == 0)
        {
            throw Traps.At(TrapKind.IntegerDivideByZero, ip);
        }

        return a % b;
    }

    /// <summary>f32.ceil.</summary>
    public static float F32Ceil(float x) => float.IsNaN(x) ? x + x : MathF.Ceiling(x);

    /// <summary>f32.floor.</summary>
    public static float F32Floor(float x) => float.IsNaN(x) ? x + x : MathF.Floor(x);

    /// <summary>f32.trunc.</summary>
    public static float F32Trunc(float x) => float.IsNaN(x) ? x + x : MathF.Truncate(x);

    /// <summary>f32.nearest: ties to even.</summary>
    public static float F32Nearest(float x) => float.IsNaN(x) ? x + x : MathF.Round(x, MidpointRounding.ToEven);

    /// <summary>f32.sqrt.</summary>
    public static float F32Sqrt(float x) => MathF.Sqrt(x);

    /// <summary>f64.ceil.</summary>
    public static double F64Ceil(double x) => double.IsNaN(x) ? x + x : Math.Ceiling(x);

    /// <summary>f64.floor.</summary>
    public static double F64Floor(double x) => double.IsNaN(x) ? x + x : Math.Floor(x);

    /// <summary>f64.trunc.</summary>
    public static double F64Trunc(double x) => double.IsNaN(x) ? x + x : Math.Truncate(x);

    /// <summary>f64.nearest: ties to even.</summary>
    public static double F64Nearest(double x) => double.IsNaN(x) ? x + x : Math.Round(x, MidpointRounding.ToEven);

    /// <summary>f64.sqrt.</summary>
    public static double F64Sqrt(double x) => Math.Sqrt(x);

    /// <summary>f32.min: NaN if either is NaN (quieted), and -0 below +0.</summary>
    public static float F32Min(float a, float b) =>
        a < b ? a : b < a ? b : a == b ? (BitConverter.SingleToInt32Bits(a) < 0 ? a : b) : a + b;

    /// <summary>f32.max: NaN if either is NaN (quieted), and +0 above -0.</summary>
    public static float F32Max(float a, float b) =>
        a > b ? a : b > a ? b : a == b ? (BitConverter.SingleToInt32Bits(a) < 0 ? b : a) : a + b;

    /// <summary>f64.min.</summary>
    public static double F64Min(double a, double b) =>
        a < b ? a : b < a ? b : a == b ? (BitConverter.DoubleToInt64Bits(a) < 0 ? a : b) : a + b;

    /// <summary>f64.max.</summary>
    public static double F64Max(double a, double b) =>
        a > b ? a : b > a ? b : a == b ? (BitConverter.DoubleToInt64Bits(a) < 0 ? b : a) : a + b;

    /// <summary>i32.trunc_f32_s.</summary>
    public static int I32TruncF32S(float x, int* ip)
    {
        CheckTrunc(!float.IsNaN(x), x >= -2147483648f && x < 2147483648f, ip);
        return (int)x;
    }

    /// <summary>i32.trunc_f32_u.</summary>
    public static uint I32TruncF32U(float x, int* ip)
    {
        CheckTrunc(!float.IsNaN(x), x > -1f && x < 4294967296f, ip);
        return (uint)x;
    }

    /// <summary>i32.trunc_f64_s.</summary>
    public static int I32TruncF64S(double x, int* ip)
    {
        CheckTrunc(!double.IsNaN(x), x > -2147483649.0 && x < 2147483648.0, ip);
        return (int)x;
    }

    /// <summary>i32.trunc_f64_u.</summary>
    public static uint I32TruncF64U(double x, int* ip)
    {
        CheckTrunc(!double.IsNaN(x), x > -1.0 && x < 4294967296.0, ip);
        return (uint)x;
    }

    /// <summary>i64.trunc_f32_s.</summary>
    public static long I64TruncF32S(float x, int* ip)
    {
        CheckTrunc(!float.IsNaN(x), x >= -9223372036854775808f && x < 9223372036854775808f, ip);
        return (long)x;
    }

    /// <summary>i64.trunc_f32_u.</summary>
    public static ulong I64TruncF32U(float x, int* ip)
    {
        CheckTrunc(!float.IsNaN(x), x > -1f && x < 18446744073709551616f, ip);
        return (ulong)x;
    }

    /// <summary>i64.trunc_f64_s.</summary>
    public static long I64TruncF64S(double x, int* ip)
    {
        CheckTrunc(!double.IsNaN(x), x >= -9223372036854775808.0 && x < 9223372036854775808.0, ip);
        return (long)x;
    }

    /// <summary>i64.trunc_f64_u.</summary>
    public static ulong I64TruncF64U(double x, int* ip)
    {
        CheckTrunc(!double.IsNaN(x), x > -1.0 && x < 18446744073709551616.0, ip);
        return (ulong)x;
    }

    /// <summary>i32.trunc_sat_f32_s.</summary>
    public static int I32TruncSatF32S(float x) =>
        float.IsNaN(x) ? 0 : x <= -2147483648f ? int.MinValue : x >= 2147483648f ? int.MaxValue : (int)x;

    /// <summary>i32.trunc_sat_f32_u.</summary>
    public static uint I32TruncSatF32U(float x) =>
        float.IsNaN(x) || x <= 0f ? 0 : x >= 4294967296f ? uint.MaxValue : (uint)x;

    /// <summary>i32.trunc_sat_f64_s.</summary>
    public static int I32TruncSatF64S(double x) =>
        double.IsNaN(x) ? 0 : x <= -2147483648.0 ? int.MinValue : x >= 2147483647.0 ? int.MaxValue : (int)x;

    /// <summary>i32.trunc_sat_f64_u.</summary>
    public static uint I32TruncSatF64U(double x) =>
        double.IsNaN(x) || x <= 0.0 ? 0 : x >= 4294967295.0 ? uint.MaxValue : (uint)x;

    /// <summary>i64.trunc_sat_f32_s.</summary>
    public static long I64TruncSatF32S(float x) =>
        float.IsNaN(x) ? 0 : x <= -9223372036854775808f ? long.MinValue : x >= 9223372036854775808f ? long.MaxValue : (long)x;

    /// <summary>i64.trunc_sat_f32_u.</summary>
    public static ulong I64TruncSatF32U(float x) =>
        float.IsNaN(x) || x <= 0f ? 0 : x >= 18446744073709551616f ? ulong.MaxValue : (ulong)x;

    /// <summary>i64.trunc_sat_f64_s.</summary>
    public static long I64TruncSatF64S(double x) =>
        double.IsNaN(x) ? 0 : x <= -9223372036854775808.0 ? long.MinValue : x >= 9223372036854775808.0 ? long.MaxValue : (long)x;

    /// <summary>i64.trunc_sat_f64_u.</summary>
    public static ulong I64TruncSatF64U(double x) =>
        double.IsNaN(x) || x <= 0.0 ? 0 : x >= 18446744073709551616.0 ? ulong.MaxValue : (ulong)x;

    /// <summary>f32.convert_i64_u: halves with a sticky bit above 2^63 so the value is rounded once.</summary>
    public static float F32ConvertU64(ulong x) =>
        (long)x >= 0 ? (float)(long)x : (float)(long)((x >> 1) | (x & 1)) * 2f;

    /// <summary>f64.convert_i64_u.</summary>
    public static double F64ConvertU64(ulong x) =>
        (long)x >= 0 ? (double)(long)x : (double)(long)((x >> 1) | (x & 1)) * 2.0;

    private static void CheckTrunc(bool notNaN, bool inRange, int* ip)
    {
        if (!notNaN)
        {
            throw Traps.At(TrapKind.InvalidConversionToInteger, ip);
        }

        if (!inRange)
        {
            throw Traps.At(TrapKind.IntegerOverflow, ip);
        }
    }
}
