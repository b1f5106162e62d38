using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

// Namespace without ".Math" so that System.Math is not shadowed (the source folder follows the same rule).
namespace Phasor.Dsp.Tests;

/// <summary>The vector forms of FastMath, Denormals and Lanes give, element by element, the scalar results bit for bit.</summary>
public sealed class FastMathLaneTests
{
    private static readonly double[] s_special =
    [
        0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon,
        2.2250738585072014e-308, 1e-300, 1e-20, -1e-20, 9.9e-21, 0.5, -0.5, 1.5, 2.5, -2.5, 1, -1, 20, -20, 1022, -1022,
        -1022.5, 1023.4, 1023.5, 1e300, -1e300, 3.4028235677973366e38, 3.4028235677973366e38 * 1.0000001, 0.125, 0.375,
    ];

    public static TheoryData<string> Functions => ["Exp2", "Log2", "Tanh", "Sin", "Cos", "SinOnly", "TptNum", "TptDen", "Flush", "RoundToSingle", "Pow"];

    [Theory]
    [MemberData(nameof(Functions))]
    public void VectorForm_MatchesScalar_OnSpecialAndRandomValues(string function)
    {
        var random = new Random(11);
        var values = s_special.Concat(Enumerable.Range(0, 40_000).Select(i => Sample(random, i))).ToArray();
        var exponents = values.Reverse().ToArray();
        for (var i = 0; i + Lanes.Count <= values.Length; i += Lanes.Count)
        {
            var x = Vector512.Create(values.AsSpan(i, Lanes.Count));
            var y = Vector512.Create(exponents.AsSpan(i, Lanes.Count));
            var actual = Apply(function, x, y);
            for (var l = 0; l < Lanes.Count; l++)
            {
                var expected = Apply(function, x[l], y[l]);
                if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual[l]))
                {
                    Assert.Fail($"{function}({x[l]:R}, {y[l]:R}): scalar {expected:R}, vector {actual[l]:R}.");
                }
            }
        }
    }

    /// <summary>Values across the scales each function cares about: small, around the cycle, audio, exponent-sized, huge.</summary>
    private static double Sample(Random random, int i)
    {
        var sign = random.Next(2) == 0 ? -1 : 1;
        return (i % 5) switch
        {
            0 => sign * random.NextDouble(),
            1 => sign * random.NextDouble() * 40,
            2 => sign * random.NextDouble() * 1100,
            3 => sign * Math.Pow(10, (random.NextDouble() * 600) - 300),
            _ => Math.Round(random.NextDouble() * 16) / 4 * sign,
        };
    }

    private static Vector512<double> Apply(string function, Vector512<double> x, Vector512<double> y)
    {
        switch (function)
        {
            case "Exp2": return FastMath.Exp2(x);
            case "Log2": return FastMath.Log2(x);
            case "Tanh": return FastMath.Tanh(x);
            case "Flush": return Denormals.Flush(x);
            case "RoundToSingle": return Lanes.RoundToSingle(x);
            case "Pow": return FastMath.Pow(x, y / 100);
            case "SinOnly": return FastMath.SinCycles(x);
            case "TptNum" or "TptDen":
                FastMath.TptGain(x, out var num, out var den);
                return function == "TptNum" ? num : den;
            default:
                FastMath.SinCosCycles(x, out var sin, out var cos);
                return function == "Sin" ? sin : cos;
        }
    }

    private static double Apply(string function, double x, double y)
    {
        switch (function)
        {
            case "Exp2": return FastMath.Exp2(x);
            case "Log2": return FastMath.Log2(x);
            case "Tanh": return FastMath.Tanh(x);
            case "Flush": return Denormals.Flush(x);
            case "RoundToSingle": return (float)x;
            case "Pow": return FastMath.Pow(x, y / 100);
            case "SinOnly": return FastMath.SinCycles(x);
            case "TptNum" or "TptDen":
                FastMath.TptGain(x, out var num, out var den);
                return function == "TptNum" ? num : den;
            default:
                FastMath.SinCosCycles(x, out var sin, out var cos);
                return function == "Sin" ? sin : cos;
        }
    }
}
