// Namespace without ".Math" so that System.Math is not shadowed (the source folder follows the same rule).
namespace Phasor.Dsp.Tests;

public sealed class FastMathTests
{
    [Fact]
    public void SinCosCycles_MatchesMathWithin1e11OverFourCyclesEachWay()
    {
        double sinError = 0, cosError = 0;
        for (var i = 0; i <= 100_000; i++)
        {
            var x = -4 + (8.0 * i / 100_000);
            FastMath.SinCosCycles(x, out var s, out var c);
            sinError = Math.Max(sinError, Math.Abs(s - Math.Sin(2 * Math.PI * x)));
            cosError = Math.Max(cosError, Math.Abs(c - Math.Cos(2 * Math.PI * x)));
            Assert.Equal(c, FastMath.CosCycles(x));
        }

        Assert.InRange(sinError, 0, 1e-11);
        Assert.InRange(cosError, 0, 1e-11);
    }

    [Fact]
    public void SinCycles_MatchesMathWithin1e13OverFourCyclesEachWay()
    {
        double error = 0;
        for (var i = 0; i <= 400_000; i++)
        {
            var x = -4 + (8.0 * i / 400_000);
            error = Math.Max(error, Math.Abs(FastMath.SinCycles(x) - Math.Sin(2 * Math.PI * x)));
        }

        Assert.InRange(error, 0, 1e-13);
    }

    [Fact]
    public void SinCycles_KeepsAccuracyAtLargePhases()
    {
        var random = new Random(7);
        for (var i = 0; i < 10_000; i++)
        {
            var whole = Math.Floor(random.NextDouble() * (1L << 40));
            var fraction = Math.Round(random.NextDouble() * 4096) / 4096;
            Assert.InRange(Math.Abs(FastMath.SinCycles(whole + fraction) - Math.Sin(2 * Math.PI * fraction)), 0, 1e-11);
        }
    }

    [Fact]
    public void SinCycles_HitsExactValuesAtQuarterCycles()
    {
        Assert.Equal(0.0, FastMath.SinCycles(0));
        Assert.Equal(1.0, FastMath.SinCycles(0.25));
        Assert.Equal(-1.0, FastMath.SinCycles(-0.25));
        Assert.Equal(-1.0, FastMath.SinCycles(0.75));
        Assert.Equal(1.0, FastMath.SinCycles(-1000.75));
        Assert.Equal(-1.0, FastMath.CosCycles(0.5));
        Assert.Equal(1.0, FastMath.CosCycles(1000));
    }

    [Fact]
    public void Tanh_MatchesMathWithin2e13AndSaturatesExactly()
    {
        double error = 0;
        for (var i = 0; i <= 100_000; i++)
        {
            var x = -30 + (60.0 * i / 100_000);
            error = Math.Max(error, Math.Abs(FastMath.Tanh(x) - Math.Tanh(x)));
        }

        Assert.InRange(error, 0, 2e-13);
        Assert.Equal(1.0, FastMath.Tanh(19));
        Assert.Equal(-1.0, FastMath.Tanh(-19));
        Assert.Equal(1.0, FastMath.Tanh(double.PositiveInfinity));
        Assert.Equal(-1.0, FastMath.Tanh(-1e300));
        Assert.Equal(-FastMath.Tanh(0.3), FastMath.Tanh(-0.3));
        Assert.True(double.IsNaN(FastMath.Tanh(double.NaN)));
    }

    [Fact]
    public void TptGain_MatchesTheTangentFormulaWithin1e10RelativeFromATenthOfAHertzToNearNyquist()
    {
        // f = cutoff/rate from 1 Hz at 768 kHz (192 kHz oversampled 4x) and below, log-spaced, then linearly up to
        // the filters' clamp at 0.49 where tan's pole is close.
        double error = 0;
        for (var i = 0; i <= 200_000; i++)
        {
            var f = i <= 100_000 ? 1e-7 * Math.Pow(0.49 / 1e-7, i / 100_000.0) : 0.49 * (i - 100_000) / 100_000;
            FastMath.TptGain(f, out var num, out var den);
            var w = Math.Tan(Math.PI * f);
            var exact = w / (1 + w);
            error = Math.Max(error, f == 0 ? Math.Abs(num / den) : Math.Abs((num / den) - exact) / exact);
        }

        Assert.InRange(error, 0, 1e-10);
    }

    [Fact]
    public void Exp2_MatchesMathPowWithin4e13Relative()
    {
        double error = 0;
        for (var i = 0; i <= 100_000; i++)
        {
            var x = -1000 + (2000.0 * i / 100_000) + (i % 7 * 0.0123);
            var exact = Math.Pow(2, x);
            error = Math.Max(error, Math.Abs(FastMath.Exp2(x) - exact) / exact);
        }

        Assert.InRange(error, 0, 4e-13);
        Assert.Equal(1.0, FastMath.Exp2(0));
        Assert.Equal(1024.0, FastMath.Exp2(10));
        Assert.Equal(0.0, FastMath.Exp2(-1100));
        Assert.Equal(double.PositiveInfinity, FastMath.Exp2(1100));
        Assert.True(double.IsNaN(FastMath.Exp2(double.NaN)));
    }

    [Fact]
    public void Log2_MatchesMathWithin1e15Relative()
    {
        var random = new Random(3);
        double error = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var x = Math.Pow(10, (random.NextDouble() * 600) - 300);
            var exact = Math.Log2(x);
            error = Math.Max(error, Math.Abs(FastMath.Log2(x) - exact) / Math.Max(1, Math.Abs(exact)));
        }

        Assert.InRange(error, 0, 1e-15);
        Assert.Equal(10.0, FastMath.Log2(1024));
        Assert.Equal(-1074.0, FastMath.Log2(double.Epsilon));
        Assert.Equal(double.NegativeInfinity, FastMath.Log2(0));
        Assert.True(double.IsNaN(FastMath.Log2(-1)));
    }

    [Fact]
    public void Pow_MatchesMathWithin5e13RelativeAndFollowsItsSpecialCases()
    {
        var random = new Random(5);
        double error = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var x = Math.Pow(10, (random.NextDouble() * 6) - 3);
            var y = (random.NextDouble() * 16) - 8;
            var exact = Math.Pow(x, y);
            error = Math.Max(error, Math.Abs(FastMath.Pow(x, y) - exact) / exact);
        }

        Assert.InRange(error, 0, 5e-13);
        Assert.Equal(-8.0, FastMath.Pow(-2, 3), 12);
        Assert.Equal(16.0, FastMath.Pow(-2, 4), 12);
        Assert.True(double.IsNaN(FastMath.Pow(-2, 0.5)));
        Assert.Equal(0.0, FastMath.Pow(0, 2));
        Assert.Equal(1.0, FastMath.Pow(0, 0));
        Assert.Equal(double.PositiveInfinity, FastMath.Pow(0, -1));
    }

    [Fact]
    public void PowInt_AgreesWithMathPowWithinAFewUlp()
    {
        double[] bases = [-3.7, -1.01, -0.5, 0.3, 0.999, 1.5, 2, 10];
        foreach (var x in bases)
        {
            for (var n = -12; n <= 12; n++)
            {
                var exact = Math.Pow(x, n);
                Assert.InRange(Math.Abs(FastMath.PowInt(x, n) - exact) / Math.Abs(exact), 0, 1e-14);
            }
        }

        Assert.Equal(0.0, FastMath.PowInt(2, int.MinValue));
        Assert.Equal(double.PositiveInfinity, FastMath.PowInt(2, int.MaxValue));
    }

    [Fact]
    public void Mtof_IsA440TwelveToneEqualTemperament()
    {
        Assert.Equal(440.0, FastMath.Mtof(69));
        Assert.Equal(880.0, FastMath.Mtof(81));
        Assert.Equal(220.0, FastMath.Mtof(57));
        double error = 0;
        for (var i = 0; i <= 12_800; i++)
        {
            var note = i / 100.0;
            var exact = 440 * Math.Pow(2, (note - 69) / 12);
            error = Math.Max(error, Math.Abs(FastMath.Mtof(note) - exact) / exact);
        }

        Assert.InRange(error, 0, 4e-13);
    }
}
