using System.Numerics;
using Phasor.Script.Builtins;

namespace Phasor.Script.Tests.Builtins;

/// <summary>Math.cbrt is correctly rounded: exact cubes give exact roots, and every result is checked against exact rational arithmetic.</summary>
public sealed class CubeRootTests
{
    [Fact]
    public void Cbrt_OfExactCubes_IsExact()
    {
        for (var i = 1; i <= 20_000; i++)
        {
            double cube = (double)i * i * i;
            Assert.Equal(i, CubeRoot.Cbrt(cube));
            Assert.Equal(-i, CubeRoot.Cbrt(-cube));
        }

        Assert.Equal(0.5, CubeRoot.Cbrt(0.125));
        Assert.Equal(Math.ScaleB(1, -358), CubeRoot.Cbrt(Math.ScaleB(1, -1074)));
        Assert.Equal(Math.ScaleB(3, -300), CubeRoot.Cbrt(Math.ScaleB(27, -900)));
        Assert.Equal(Math.ScaleB(1, 341), CubeRoot.Cbrt(Math.ScaleB(1, 1023)));
    }

    [Fact]
    public void Cbrt_KeepsSpecialValues()
    {
        Assert.True(double.IsNegative(CubeRoot.Cbrt(-0.0)));
        Assert.Equal(0.0, CubeRoot.Cbrt(0.0));
        Assert.True(double.IsNaN(CubeRoot.Cbrt(double.NaN)));
        Assert.Equal(double.PositiveInfinity, CubeRoot.Cbrt(double.PositiveInfinity));
        Assert.Equal(double.NegativeInfinity, CubeRoot.Cbrt(double.NegativeInfinity));
    }

    [Fact]
    public void Cbrt_IsNearestDouble_ForRandomBitPatterns()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 3000; i++)
        {
            var x = BitConverter.Int64BitsToDouble(random.NextInt64(1, 0x7FF0_0000_0000_0000));
            var root = CubeRoot.Cbrt(x);
            Assert.True(IsNearest(x, root), $"cbrt({x:R}) = {root:R} is not the nearest double");
        }
    }

    /// <summary>Checks with exact rationals that x lies between the cubes of the midpoints around <paramref name="root"/>.</summary>
    private static bool IsNearest(double x, double root)
    {
        var (below, above) = (Math.BitDecrement(root), Math.BitIncrement(root));
        return Compare(x, below, root) > 0 && Compare(x, root, above) < 0;
    }

    /// <summary>The sign of x - ((a + b) / 2)^3, computed exactly with every value scaled to an integer.</summary>
    private static int Compare(double x, double a, double b)
    {
        const int Scale = 1200;
        var mid = (ToScaledInteger(a, Scale) + ToScaledInteger(b, Scale)) / 2; // a and b scaled by 2^Scale have an even sum
        var left = ToScaledInteger(x, Scale) << (2 * Scale);
        return left.CompareTo(mid * mid * mid);
    }

    private static BigInteger ToScaledInteger(double value, int scale)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & ((1L << 52) - 1);
        if (exponent != 0)
        {
            mantissa |= 1L << 52;
        }

        var shift = Math.Max(exponent, 1) - 1075 + scale;
        return new BigInteger(mantissa) << shift;
    }
}
