using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Phasor.Dsp;

/// <summary>Exponentials, logarithms and powers.</summary>
public static partial class FastMath
{
    // Taylor coefficients of 2^f = e^(f·ln2); with |f| <= 1/2 the first omitted term is 2e-13 relative.
    private const double E1 = 0.6931471805599453, E2 = 0.2402265069591007, E3 = 0.055504108664821576,
        E4 = 0.009618129107628477, E5 = 0.0013333558146428441, E6 = 0.00015403530393381606,
        E7 = 1.5252733804059838e-05, E8 = 1.3215486790144305e-06, E9 = 1.0178086009239696e-07,
        E10 = 7.054911620801121e-09;

    private const double Log2E = 1.4426950408889634;
    private const double Sqrt2 = 1.4142135623730951;
    private const double MinNormal = 2.2250738585072014e-308;
    private const long MantissaMask = 0x000F_FFFF_FFFF_FFFF;
    private const long OneBits = 0x3FF0_0000_0000_0000;

    /// <summary>
    /// 2^<paramref name="x"/>. Measured max relative error 3e-13 for |x| &lt;= 1000. Results below 2^-1022 flush to 0
    /// (no subnormals reach the render path); from x = 1023.5 the result is +∞; NaN stays NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp2(double x)
    {
        if (!(x >= -1022.0))
        {
            return x < -1022.0 ? 0.0 : x;
        }

        if (x >= 1023.5)
        {
            return double.PositiveInfinity;
        }

        return Exp2InRange(x);
    }

    /// <summary>
    /// <see cref="Exp2(double)"/> without its range checks, for callers whose argument is known to be in
    /// [-1022, 1023.5) or NaN (NaN stays NaN): the same bits where both are defined.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Exp2InRange(double x)
    {
        var n = Math.Round(x);
        var f = x - n;
        // Estrin's scheme rather than Horner's: the same polynomial in a tree four products deep instead of a chain
        // of ten, which matters where Exp2 sits on a feedback path (the ladder's tanh runs once per sample per voice).
        var f2 = f * f;
        var f4 = f2 * f2;
        var low = (1.0 + (f * E1)) + (f2 * (E2 + (f * E3)));
        var mid = (E4 + (f * E5)) + (f2 * (E6 + (f * E7)));
        var high = (E8 + (f * E9)) + (f2 * E10);
        var p = (low + (f4 * mid)) + ((f4 * f4) * high);

        // 2^n built directly in the exponent field: n is in [-1022, 1023], a normal number.
        return p * BitConverter.Int64BitsToDouble(((long)n + 1023) << 52);
    }

    /// <summary>
    /// log2(<paramref name="x"/>). Measured max relative error 9e-16 for x in [1e-300, 1e300] (abs error 9e-16 for x in
    /// [1/64, 64]): the exponent is split off, the mantissa brought into
    /// [√½, √2] and its logarithm summed as an atanh series. 0 gives -∞, negative numbers and NaN give NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log2(double x)
    {
        if (!(x >= MinNormal && x < double.PositiveInfinity))
        {
            return Log2Special(x);
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var e = (int)(bits >> 52) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & MantissaMask) | OneBits);
        if (m > Sqrt2)
        {
            m *= 0.5;
            e++;
        }

        // ln m = 2·atanh(s) with |s| <= 0.172; nine odd terms leave an error below 1e-16.
        var s = (m - 1.0) / (m + 1.0);
        var z = s * s;
        var series = 1.0 + (z * ((1.0 / 3) + (z * ((1.0 / 5) + (z * ((1.0 / 7) + (z * ((1.0 / 9) + (z * ((1.0 / 11) + (z * ((1.0 / 13) + (z * ((1.0 / 15) + (z * (1.0 / 17))))))))))))))));
        return e + (2.0 * s * series * Log2E);
    }

    /// <summary>
    /// <paramref name="x"/>^<paramref name="y"/> as 2^(y·log2 x). Measured max relative error 4e-13 for x in [1e-3, 1e3],
    /// y in [-8, 8]; the error grows with |y·log2 x|. Zero, negative, infinite and NaN arguments follow Math.Pow
    /// (a negative base with an integer exponent keeps its sign).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pow(double x, double y)
    {
        if (x > 0.0 && x < double.PositiveInfinity && Math.Abs(y) < double.PositiveInfinity)
        {
            return Exp2(y * Log2(x));
        }

        return PowSpecial(x, y);
    }

    /// <summary>
    /// <paramref name="x"/>^<paramref name="n"/> by multiplications only: exponents -2..4 unrolled, others by
    /// square-and-multiply. Error a few ulp for small |n|; a negative n divides once at the end.
    /// </summary>
    public static double PowInt(double x, int n)
    {
        switch (n)
        {
            case 0: return 1.0;
            case 1: return x;
            case 2: return x * x;
            case 3: return x * x * x;
            case 4:
                var x2 = x * x;
                return x2 * x2;
            case -1: return 1.0 / x;
            case -2: return 1.0 / (x * x);
        }

        // Widen before negating so int.MinValue has a magnitude.
        var e = (ulong)Math.Abs((long)n);
        var result = 1.0;
        var b = x;
        while (e != 0)
        {
            if ((e & 1) != 0)
            {
                result *= b;
            }

            b *= b;
            e >>= 1;
        }

        return n < 0 ? 1.0 / result : result;
    }

    /// <summary><see cref="PowInt(double, int)"/> on every element: the same cases and the same products in the same order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> PowInt(Vector512<double> x, int n)
    {
        var one = Vector512.Create(1.0);
        switch (n)
        {
            case 0: return one;
            case 1: return x;
            case 2: return x * x;
            case 3: return x * x * x;
            case 4:
                var x2 = x * x;
                return x2 * x2;
            case -1: return one / x;
            case -2: return one / (x * x);
        }

        var e = (ulong)Math.Abs((long)n);
        var result = one;
        var b = x;
        while (e != 0)
        {
            if ((e & 1) != 0)
            {
                result *= b;
            }

            b *= b;
            e >>= 1;
        }

        return n < 0 ? one / result : result;
    }

    /// <summary>Frequency in Hz of MIDI note <paramref name="note"/>: 440·2^((note − 69)/12). Relative error as <see cref="Exp2(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Mtof(double note) => 440.0 * Exp2((note - 69.0) * (1.0 / 12.0));

    /// <summary><see cref="Exp2(double)"/> on every element, bit for bit; the out-of-range cases are selected, not branched to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp2(Vector512<double> x)
    {
        var result = Exp2InRange(x);

        // The scalar early returns: +∞ from 1023.5, 0 below −1022, NaN as it came.
        result = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(x, Vector512.Create(1023.5)), Vector512.Create(double.PositiveInfinity), result);
        var tooSmall = Vector512.LessThan(x, Vector512.Create(-1022.0));
        result = Vector512.ConditionalSelect(tooSmall, Vector512<double>.Zero, result);
        return Vector512.ConditionalSelect(Vector512.IsNaN(x), x, result);
    }

    /// <summary><see cref="Exp2InRange(double)"/> on every element, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Exp2InRange(Vector512<double> x)
    {
        var n = Vector512.Round(x);
        var f = x - n;
        // The scalar polynomial's tree, in the same order.
        var f2 = f * f;
        var f4 = f2 * f2;
        var low = (Vector512.Create(1.0) + (f * Vector512.Create(E1))) + (f2 * (Vector512.Create(E2) + (f * Vector512.Create(E3))));
        var mid = (Vector512.Create(E4) + (f * Vector512.Create(E5))) + (f2 * (Vector512.Create(E6) + (f * Vector512.Create(E7))));
        var high = (Vector512.Create(E8) + (f * Vector512.Create(E9))) + (f2 * Vector512.Create(E10));
        var p = (low + (f4 * mid)) + ((f4 * f4) * high);

        // The native conversion skips the saturation fix-ups of ConvertToInt64: n is in [-1022, 1023] wherever the
        // result is used (a NaN lane's p is NaN whatever its exponent bits).
        return p * ((Vector512.ConvertToInt64Native(n) + Vector512.Create(1023L)) << 52).AsDouble();
    }

    /// <summary><see cref="Log2(double)"/> on every element, bit for bit; elements outside the normal range take the scalar path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log2(Vector512<double> x)
    {
        var bits = x.AsInt64();
        var e = Vector512.ConvertToDouble((bits >> 52) - Vector512.Create(1023L));
        var m = ((bits & Vector512.Create(MantissaMask)) | Vector512.Create(OneBits)).AsDouble();
        var high = Vector512.GreaterThan(m, Vector512.Create(Sqrt2));
        m = Vector512.ConditionalSelect(high, m * Vector512.Create(0.5), m);
        e = Vector512.ConditionalSelect(high, e + Vector512.Create(1.0), e);

        var one = Vector512.Create(1.0);
        var s = (m - one) / (m + one);
        var z = s * s;
        var series = Vector512.Create(1.0 / 15) + (z * Vector512.Create(1.0 / 17));
        series = Vector512.Create(1.0 / 13) + (z * series);
        series = Vector512.Create(1.0 / 11) + (z * series);
        series = Vector512.Create(1.0 / 9) + (z * series);
        series = Vector512.Create(1.0 / 7) + (z * series);
        series = Vector512.Create(1.0 / 5) + (z * series);
        series = Vector512.Create(1.0 / 3) + (z * series);
        series = one + (z * series);
        var result = e + (Vector512.Create(2.0) * s * series * Vector512.Create(Log2E));

        var normal = Vector512.GreaterThanOrEqual(x, Vector512.Create(MinNormal)) & Vector512.LessThan(x, Vector512.Create(double.PositiveInfinity));
        return Vector512.EqualsAll(normal.AsInt64(), Vector512<long>.AllBitsSet) ? result : ScalarWhereNot(normal, x, result);
    }

    /// <summary>
    /// <see cref="Pow(double, double)"/> on every element, bit for bit; elements off the fast path (base not positive and
    /// finite, or infinite exponent) take the scalar path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Pow(Vector512<double> x, Vector512<double> y)
    {
        var fast = Vector512.GreaterThan(x, Vector512<double>.Zero) & Vector512.LessThan(x, Vector512.Create(double.PositiveInfinity))
            & Vector512.LessThan(Vector512.Abs(y), Vector512.Create(double.PositiveInfinity));

        // Elements off the fast path take log2(1) here, so they cannot send Log2 to its scalar path for nothing.
        var result = Exp2(y * Log2(Vector512.ConditionalSelect(fast, x, Vector512.Create(1.0))));
        return Vector512.EqualsAll(fast.AsInt64(), Vector512<long>.AllBitsSet) ? result : PowWhereNot(fast, x, y, result);
    }

    /// <summary>The scalar <see cref="Log2(double)"/> for the elements outside <paramref name="done"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> ScalarWhereNot(Vector512<double> done, Vector512<double> x, Vector512<double> result)
    {
        for (var i = 0; i < Vector512<double>.Count; i++)
        {
            if (done[i] == 0)
            {
                result = result.WithElement(i, Log2(x[i]));
            }
        }

        return result;
    }

    /// <summary>The scalar <see cref="Pow(double, double)"/> for the elements outside <paramref name="done"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> PowWhereNot(Vector512<double> done, Vector512<double> x, Vector512<double> y, Vector512<double> result)
    {
        for (var i = 0; i < Vector512<double>.Count; i++)
        {
            if (done[i] == 0)
            {
                result = result.WithElement(i, Pow(x[i], y[i]));
            }
        }

        return result;
    }

    /// <summary><see cref="Mtof(double)"/> on every element, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Mtof(Vector512<double> note) =>
        Vector512.Create(440.0) * Exp2((note - Vector512.Create(69.0)) * Vector512.Create(1.0 / 12.0));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Log2Special(double x)
    {
        if (x > 0.0 && x < MinNormal)
        {
            // Subnormal: scale into the normal range first.
            return Log2(x * 18014398509481984.0) - 54.0;
        }

        return x == 0.0 ? double.NegativeInfinity : x == double.PositiveInfinity ? x : double.NaN;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double PowSpecial(double x, double y)
    {
        if (x < 0.0 && x > double.NegativeInfinity && Math.Abs(y) < 9007199254740992.0 && y == Math.Floor(y))
        {
            var magnitude = Pow(-x, y);
            return Math.Floor(y * 0.5) == y * 0.5 ? magnitude : -magnitude;
        }

        return Math.Pow(x, y);
    }
}
