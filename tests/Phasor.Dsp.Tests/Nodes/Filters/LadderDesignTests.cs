using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Filters;

namespace Phasor.Dsp.Tests.Nodes.Filters;

/// <summary>The ladder's coefficients against the exact tangent formula, and its vector form against its scalar form.</summary>
public sealed class LadderDesignTests
{
    private const double Butterworth = 0.7071067811865476;

    private static readonly double[] s_rates = [44100, 48000, 96000, 192000, 768000];

    [Fact]
    public void Coefficients_MatchTheExactFormulaWithin1e10RelativeInGOverTheClampedCutoffRange()
    {
        double gError = 0, normError = 0, leakError = 0;
        foreach (var rate in s_rates)
        {
            foreach (var q in new[] { Butterworth, 5, LadderNode.QAtThreshold, LadderNode.MaxQ })
            {
                // 1 Hz to 0.49·rate, log-spaced.
                for (var i = 0; i <= 20_000; i++)
                {
                    var cutoff = Math.Pow(0.49 * rate, i / 20_000.0);
                    LadderDesign.Coefficients(cutoff, q, 1.0 / rate, out var g, out var kLeak, out var norm);
                    var (exactG, exactLeak, exactNorm) = Exact(cutoff, q, rate);
                    gError = Math.Max(gError, Math.Abs(g - exactG) / exactG);
                    normError = Math.Max(normError, Math.Abs(norm - exactNorm) / exactNorm);
                    leakError = Math.Max(leakError, Math.Abs(kLeak - exactLeak));
                }
            }
        }

        // The other two inherit g's error, amplified: 1/(1 + k·g⁴) moves by up to 4·k·g⁴/(1 + k·g⁴) < 4 times its
        // relative error, k·(1 − g) by up to k·g < 6.5 times it (absolute).
        Assert.InRange(gError, 0, 1e-10);
        Assert.InRange(normError, 0, 4e-10);
        Assert.InRange(leakError, 0, 6.5e-10);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(-5.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1e6, 0.49 * 48000)]
    [InlineData(double.PositiveInfinity, 0.49 * 48000)]
    public void Coefficients_ClampTheCutoffToOneHertzAnd049OfTheRate(double cutoff, double clamped)
    {
        LadderDesign.Coefficients(cutoff, 5, 1.0 / 48000, out var g, out _, out _);

        Assert.Equal(Exact(clamped, 5, 48000).G, g, 1e-10 * g);
    }

    [Fact]
    public void Feedback_IsFaustsMapClampedToThePort()
    {
        Assert.Equal(0.0, LadderDesign.Feedback(Butterworth));
        Assert.Equal(4.0, LadderDesign.Feedback(LadderNode.QAtThreshold), 14);
        Assert.Equal(LadderDesign.Feedback(LadderNode.MaxQ), LadderDesign.Feedback(1000));
        Assert.Equal(0.0, LadderDesign.Feedback(0.1));
        Assert.Equal(0.0, LadderDesign.Feedback(double.NaN));
    }

    [Fact]
    public void VectorForm_MatchesScalarBitForBit()
    {
        var random = new Random(7);
        double[] special = [0, -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1, 0.5, 23520, 23521, 1e300];
        for (var n = 0; n < 4000; n++)
        {
            var rate = s_rates[n % s_rates.Length];
            var cutoff = new double[Lanes.Count];
            var q = new double[Lanes.Count];
            for (var l = 0; l < Lanes.Count; l++)
            {
                cutoff[l] = random.Next(8) == 0 ? special[random.Next(special.Length)] : random.NextDouble() * 0.6 * rate;
                q[l] = random.Next(8) == 0 ? special[random.Next(special.Length)] : random.NextDouble() * 45;
            }

            var period = Vector512.Create(1.0 / rate);
            LadderDesign.Coefficients(Vector512.Create(cutoff), Vector512.Create(q), period, out var g, out var kLeak, out var norm);
            for (var l = 0; l < Lanes.Count; l++)
            {
                LadderDesign.Coefficients(cutoff[l], q[l], 1.0 / rate, out var sg, out var sLeak, out var sNorm);
                Assert.Equal(BitConverter.DoubleToInt64Bits(sg), BitConverter.DoubleToInt64Bits(g[l]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(sLeak), BitConverter.DoubleToInt64Bits(kLeak[l]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(sNorm), BitConverter.DoubleToInt64Bits(norm[l]));
            }
        }
    }

    /// <summary>The design as the filter theory states it, with Math.Tan and divisions.</summary>
    private static (double G, double KLeak, double Norm) Exact(double cutoff, double q, double rate)
    {
        var w = Math.Tan(Math.PI * cutoff / rate);
        var g = w / (1 + w);
        var k = 4 * (Math.Clamp(q, Butterworth, LadderNode.MaxQ) - Butterworth) / (LadderNode.QAtThreshold - Butterworth);
        return (g, k * (1 - g), 1 / (1 + (k * g * g * g * g)));
    }
}
