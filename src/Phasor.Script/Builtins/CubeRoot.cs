namespace Phasor.Script.Builtins;

/// <summary>A correctly rounded cube root for Math.cbrt: <c>Math.cbrt(27)</c> is exactly 3, as in V8.</summary>
/// <remarks>
/// The runtime's <see cref="Math.Cbrt"/> is only faithful (within one ulp), so it can return 3.0000000000000004 for
/// 27. Its result is a starting guess that is then moved by single ulps until the input lies between the cubes of the
/// midpoints to the neighbouring doubles. Those comparisons are exact: a midpoint's cube has up to 162 bits, so it
/// is computed in 192-bit integer arithmetic. A cube root can never fall exactly on a midpoint (the cube of a
/// 54-bit odd significand needs more than 53 bits), so there are no ties. Allocation-free.
/// </remarks>
internal static class CubeRoot
{
    private const int MantissaBits = 52;
    private const long MantissaMask = (1L << MantissaBits) - 1;

    /// <summary>Returns the double nearest to the real cube root of <paramref name="x"/>.</summary>
    public static double Cbrt(double x)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return x; // Also keeps -0 and NaN.
        }

        var a = Math.Abs(x);
        var scale = 1.0;
        if (!double.IsNormal(a))
        {
            // Subnormal input: scaling by 2^600 is exact and cbrt(a * 2^600) = cbrt(a) * 2^200.
            a *= Math.ScaleB(1, 600);
            scale = Math.ScaleB(1, -200);
        }

        var y = Math.Cbrt(a);
        for (var step = 0; step < 4 && !CubeOfMidpointIsBelow(a, Math.BitDecrement(y)); step++)
        {
            y = Math.BitDecrement(y);
        }

        for (var step = 0; step < 4 && CubeOfMidpointIsBelow(a, y); step++)
        {
            y = Math.BitIncrement(y);
        }

        y *= scale;
        return x < 0 ? -y : y;
    }

    /// <summary>Whether <paramref name="a"/> (positive, normal) exceeds the cube of the midpoint between <paramref name="low"/> and the next double up.</summary>
    private static bool CubeOfMidpointIsBelow(double a, double low)
    {
        // a = A * 2^ea and midpoint = Z * 2^(el - 1) with Z = 2L + 1, so compare A * 2^shift with Z^3.
        var (aMantissa, aExponent) = Decompose(a);
        var (lowMantissa, lowExponent) = Decompose(low);
        var z = (2 * lowMantissa) + 1;
        var shift = aExponent - (3 * (lowExponent - 1));

        // A has 53 bits and Z^3 has 160 to 162, so only shifts that line them up need the exact product.
        if (53 + shift > 162)
        {
            return true;
        }

        if (53 + shift < 160)
        {
            return false;
        }

        // shift is 107..109 here, so the low 64 bits of A * 2^shift are zero: when the high parts are equal the cube
        // is at least as large, and equality cannot happen (no ties), so comparing the high parts decides.
        var (cubeHigh, _) = Multiply((UInt128)z * z, z);
        return (UInt128)aMantissa << (shift - 64) > cubeHigh;
    }

    /// <summary>Splits a positive normal double into its 53-bit integer significand and binary exponent.</summary>
    private static (ulong Mantissa, int Exponent) Decompose(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)(bits >> MantissaBits) & 0x7FF;
        return ((ulong)(bits & MantissaMask) | (1UL << MantissaBits), biased - 1075);
    }

    /// <summary>The 192-bit product of a 128-bit and a 64-bit integer, as its high 128 and low 64 bits.</summary>
    private static (UInt128 High, ulong Low) Multiply(UInt128 a, ulong b)
    {
        var aLow = (ulong)a;
        var aHigh = (ulong)(a >> 64);
        var carry = Math.BigMul(aLow, b, out var low);
        return (((UInt128)aHigh * b) + carry, low);
    }
}
