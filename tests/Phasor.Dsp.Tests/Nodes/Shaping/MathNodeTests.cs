using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Shaping.ShapingFamilyTests;

namespace Phasor.Dsp.Tests.Nodes.Shaping;

public sealed class MathNodeTests
{
    [Theory]
    [InlineData("add", 3, -1.25, 1.75)]
    [InlineData("sub", 3, -1.25, 4.25)]
    [InlineData("mul", 3, -1.25, -3.75)]
    [InlineData("div", 3, -1.25, -2.4)]
    [InlineData("min", 3, -1.25, -1.25)]
    [InlineData("max", 3, -1.25, 3)]
    [InlineData("pow", 3, 2, 9)]
    [InlineData("pow", 4, 0.5, 2)]
    [InlineData("pow", -2, 3, -8)]
    public void Binary_ComputesItsOperationOnConstantsAndSignals(string type, double a, double b, double expected)
    {
        var constant = new KernelHarness(Kernel(type)).Set("a", a).Set("b", b).Render1(16);
        Assert.All(constant, v => Assert.Equal(expected, v, 5));

        // The same values as signals take the per-sample path.
        var fed = new KernelHarness(Kernel(type)).Feed("a", Filled(16, a)).Feed("b", Filled(16, b)).Render1(16);
        Assert.All(fed, v => Assert.Equal(expected, v, 5));
    }

    [Fact]
    public void Div_ByZeroGivesZeroNeverInfinityOrNaN()
    {
        Assert.All(new KernelHarness(Kernel("div")).Set("a", 1).Set("b", 0).Render1(8), v => Assert.Equal(0f, v));
        Assert.All(new KernelHarness(Kernel("div")).Set("a", 0).Set("b", 0).Render1(8), v => Assert.Equal(0f, v));
        var b = new float[] { 0, -0f, 1e-45f, 2, 0, 4, 0, 8 };
        var output = new KernelHarness(Kernel("div")).Set("a", 1e30).Feed("b", b).Render1(8);
        Assert.Equal(new float[] { 0, 0, 0, 5e29f, 0, 2.5e29f, 0, 1.25e29f }, output);
    }

    [Fact]
    public void Pow_WithAConstantIntegerExponentIsExactAndNeverNonFinite()
    {
        var a = new float[] { -3, -0.5f, 0, 0.5f, 1.5f, 7 };
        var cube = new KernelHarness(Kernel("pow")).Feed("a", a).Set("b", 3).Render1(a.Length);
        Assert.Equal(new float[] { -27, -0.125f, 0, 0.125f, 3.375f, 343 }, cube);

        var inverse = new KernelHarness(Kernel("pow")).Feed("a", a).Set("b", -1).Render1(a.Length);
        Assert.Equal(0f, inverse[2]);
        var root = new KernelHarness(Kernel("pow")).Feed("a", a).Set("b", 0.5).Render1(a.Length);
        Assert.Equal(0f, root[0]);
        Assert.Equal(Math.Sqrt(7), root[5], 5);
    }

    [Fact]
    public void Abs_RectifiesASine()
    {
        var output = new KernelHarness(Kernel("abs")).Feed("in", Measure.Sine(100, 48000, 4800)).Render1(4800);
        Assert.All(output, v => Assert.True(v >= 0));
        Assert.InRange(Measure.Peak(output), 0.999, 1.0);

        // A full-wave rectified sine has its fundamental at twice the frequency and a mean of 2/π.
        Assert.InRange(output.Average(), (2 / Math.PI) - 0.001, (2 / Math.PI) + 0.001);
    }

    [Fact]
    public void Clamp_LimitsToTheRangeAndLetsMaxWinWhenBoundsCross()
    {
        var input = new float[] { -2, -0.5f, 0, 0.7f, 3 };
        var clamped = new KernelHarness(Kernel("clamp")).Feed("in", input).Set("min", -1).Set("max", 0.5).Render1(5);
        Assert.Equal(new float[] { -1, -0.5f, 0, 0.5f, 0.5f }, clamped);
        var crossed = new KernelHarness(Kernel("clamp")).Feed("in", input).Set("min", 1).Set("max", -1).Render1(5);
        Assert.All(crossed, v => Assert.Equal(-1f, v));
    }

    [Theory]
    [InlineData(69, 440)]
    [InlineData(57, 220)]
    [InlineData(60, 261.6255653)]
    [InlineData(69.5, 452.8929841)]
    public void Mtof_ConvertsNotesToEqualTemperedHz(double note, double hz)
    {
        var output = new KernelHarness(Kernel("mtof")).Set("in", note).Render1(4);
        Assert.All(output, v => Assert.Equal(hz, v, hz * 1e-6));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-6.0206, 0.5)]
    [InlineData(20, 10)]
    [InlineData(-120, 1e-6)]
    public void Dbtoa_ConvertsDecibelsToAmplitude(double db, double amplitude)
    {
        var output = new KernelHarness(Kernel("dbtoa")).Set("in", db).Render1(4);
        Assert.All(output, v => Assert.Equal(amplitude, v, amplitude * 1e-4));
    }

    [Fact]
    public void Scale_MapsRangesLinearlyAndFlatRangesToOutMin()
    {
        var input = new float[] { -1, 0, 0.5f, 1, 2 };
        var output = new KernelHarness(Kernel("scale")).Feed("in", input).Set("outMin", 200).Set("outMax", 2000).Render1(5);
        Assert.Equal(new float[] { 200, 1100, 1550, 2000, 2900 }, output);

        var flat = new KernelHarness(Kernel("scale")).Feed("in", input).Set("inMin", 3).Set("inMax", 3).Set("outMin", 7).Render1(5);
        Assert.All(flat, v => Assert.Equal(7f, v));
    }

    private static float[] Filled(int length, double value) => Enumerable.Repeat((float)value, length).ToArray();
}
