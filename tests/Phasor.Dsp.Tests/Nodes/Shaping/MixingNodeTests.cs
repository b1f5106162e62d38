using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Shaping.ShapingFamilyTests;

namespace Phasor.Dsp.Tests.Nodes.Shaping;

public sealed class MixingNodeTests
{
    [Fact]
    public void Mix_SumsConnectedAndConstantInputs()
    {
        var a = Measure.Sine(100, 48000, 256);
        var b = Measure.Sine(300, 48000, 256, 0.5);
        var output = new KernelHarness(Kernel("mix")).Feed("in1", a).Feed("in4", b).Set("in8", 0.25).Render1(256);
        for (var i = 0; i < output.Length; i++)
        {
            Assert.Equal(a[i] + b[i] + 0.25f, output[i], 6);
        }
    }

    [Fact]
    public void Mix_OfNothingIsSilence()
    {
        Assert.All(new KernelHarness(Kernel("mix")).Render1(64), v => Assert.Equal(0f, v));
    }

    [Theory]
    [InlineData(-1, 0, double.NegativeInfinity)]
    [InlineData(0, -3.0103, -3.0103)]
    [InlineData(1, double.NegativeInfinity, 0)]
    [InlineData(-0.5, -0.6877, -8.3432)]
    public void Pan_PlacesTheSignalWithEqualPower(double pos, double leftDb, double rightDb)
    {
        var outputs = new KernelHarness(Kernel("pan")).Set("in", 1).Set("pos", pos).Render(16);
        AssertDb(leftDb, outputs[0][0]);
        AssertDb(rightDb, outputs[1][0]);
    }

    [Fact]
    public void Pan_KeepsPowerConstantAcrossAMovingPosition()
    {
        var sweep = new float[1000];
        for (var i = 0; i < sweep.Length; i++)
        {
            sweep[i] = -1 + (2f * i / (sweep.Length - 1));
        }

        var outputs = new KernelHarness(Kernel("pan")).Set("in", 0.5).Feed("pos", sweep).Render(sweep.Length);
        for (var i = 0; i < sweep.Length; i++)
        {
            var power = (outputs[0][i] * outputs[0][i]) + (outputs[1][i] * outputs[1][i]);
            Assert.Equal(0.25, power, 1e-6);
            Assert.True(i == 0 || outputs[1][i] >= outputs[1][i - 1], "right rises as pos moves right");
        }
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 0, 1)]
    [InlineData(0.5, 0.70710678, 0.70710678)]
    public void Xfade_IsEqualPower(double mix, double gainA, double gainB)
    {
        var output = new KernelHarness(Kernel("xfade")).Set("a", 1).Set("b", 1000).Set("mix", mix).Render1(8);
        Assert.Equal(gainA + (1000 * gainB), output[0], 1e-3);
    }

    [Fact]
    public void Xfade_OfTwoUncorrelatedSinesKeepsTheirLevelHalfway()
    {
        var a = Measure.Sine(440, 48000, 4800);
        var b = Measure.Sine(1250, 48000, 4800);
        var output = new KernelHarness(Kernel("xfade")).Feed("a", a).Feed("b", b).Set("mix", 0.5).Render1(4800);
        Assert.InRange(Measure.Db(Measure.Rms(output)) - Measure.Db(Measure.Rms(a)), -0.05, 0.05);
    }

    private static void AssertDb(double expected, float value)
    {
        if (double.IsNegativeInfinity(expected))
        {
            Assert.InRange(Math.Abs(value), 0, 1e-7);
            return;
        }

        Assert.Equal(expected, Measure.Db(value), 1e-3);
    }
}
