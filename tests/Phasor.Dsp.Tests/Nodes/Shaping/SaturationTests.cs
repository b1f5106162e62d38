using Phasor.Dsp.Kernels;
using Phasor.Dsp.Oversampling;
using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Shaping.ShapingFamilyTests;

namespace Phasor.Dsp.Tests.Nodes.Shaping;

public sealed class SaturationTests
{
    private const double Rate = 48000;

    [Fact]
    public void Saturate_IsLinearForQuietSignalsAndBoundedForLoudOnes()
    {
        var quiet = new KernelHarness(Kernel("saturate")).Feed("in", Measure.Sine(1000, Rate, 4800, 0.001)).Render1(4800);
        Assert.InRange(Measure.Peak(quiet), 0.000999, 0.001001);

        var loud = new KernelHarness(Kernel("saturate")).Feed("in", Measure.Sine(1000, Rate, 4800)).Set("drive", 100).Render1(4800);
        Assert.InRange(Measure.Peak(loud), 0.9999, 1.0);

        // Driven hard, a sine becomes nearly square: a strong third harmonic near 1/3 of the fundamental.
        var third = Measure.Amplitude(loud, 3000, Rate) / Measure.Amplitude(loud, 1000, Rate);
        Assert.InRange(third, 0.30, 0.34);
    }

    [Fact]
    public void Saturate_CompensatedKeepsFullScaleAtFullScale()
    {
        var parameters = new Dictionary<string, ParamValue> { ["compensate"] = ParamValue.Of(1) };
        foreach (var drive in new[] { 0.0, 0.5, 3, 20 })
        {
            var output = new KernelHarness(Kernel("saturate"), parameters: parameters).Feed("in", Measure.Sine(1000, Rate, 480)).Set("drive", drive).Render1(480);
            Assert.InRange(Measure.Peak(output), 0.9999, 1.0001);
        }

        var uncompensated = new KernelHarness(Kernel("saturate")).Set("in", 1).Set("drive", 0.5).Render1(4);
        Assert.Equal(Math.Tanh(0.5), uncompensated[0], 6);
    }

    [Fact]
    public void Clip_CutsAtTheLimit()
    {
        var output = new KernelHarness(Kernel("clip")).Feed("in", Measure.Sine(1000, Rate, 480, 2)).Set("limit", 0.5).Render1(480);
        Assert.Equal(0.5, Measure.Peak(output), 6);
        Assert.Contains(output, v => v == -0.5f);

        var below = new KernelHarness(Kernel("clip")).Feed("in", Measure.Sine(1000, Rate, 480, 0.4)).Set("limit", -0.5).Render1(480);
        Assert.Equal(Measure.Sine(1000, Rate, 480, 0.4), below);
    }

    [Fact]
    public void Wavefold_TriangleIsIdentityUpToOneAndFoldsBeyond()
    {
        var parameters = new Dictionary<string, ParamValue> { ["shape"] = ParamValue.Of(1) };
        var input = new float[] { -1, -0.5f, 0, 0.25f, 1 };
        var identity = new KernelHarness(Kernel("wavefold"), parameters: parameters).Feed("in", input).Render1(5);
        Assert.Equal(input, identity);

        var folded = new KernelHarness(Kernel("wavefold"), parameters: parameters).Feed("in", input).Set("fold", 3).Render1(5);
        Assert.Equal(new float[] { 1, -0.5f, 0, 0.75f, -1 }, folded);
    }

    [Fact]
    public void Wavefold_SineFoldsSmoothlyAndMoreFoldMeansBrighter()
    {
        var unit = new KernelHarness(Kernel("wavefold")).Set("in", 0.5).Render1(2);
        Assert.Equal(Math.Sqrt(0.5), unit[0], 6);

        var sine = Measure.Sine(200, Rate, 4800);
        var gentle = new KernelHarness(Kernel("wavefold")).Feed("in", sine).Set("fold", 1).Render1(4800);
        var hard = new KernelHarness(Kernel("wavefold")).Feed("in", sine).Set("fold", 5).Render1(4800);
        Assert.InRange(Measure.Peak(hard), 0.999, 1.0);
        Assert.True(HighBandShare(hard) > 10 * HighBandShare(gentle));
    }

    [Fact]
    public void Saturate_OversampledFourTimesAliasesAtLeast20dBLessThanAtBaseRate()
    {
        const int frames = 2048;
        const double drive = 10;
        var sine = Measure.Sine(5000, Rate, frames);

        var direct = new KernelHarness(Kernel("saturate"), Rate).Set("drive", drive).Feed("in", sine).Render1(frames);

        var up = new float[frames * 4];
        Oversampler.Up(new double[Oversampler.StateSize(4)], 4, sine, up);
        var shaped = new KernelHarness(Kernel("saturate"), Rate * 4, frames * 4).Set("drive", drive).Feed("in", up).Render1(frames * 4);
        var oversampled = new float[frames];
        Oversampler.Down(new double[Oversampler.StateSize(4)], 4, shaped, oversampled);

        // Odd harmonics of 5 kHz fold back onto odd kHz that are not multiples of 5; these are the audible aliases.
        var directAliases = AliasPowerDb(direct.AsSpan(256));
        var oversampledAliases = AliasPowerDb(oversampled.AsSpan(256));
        Assert.InRange(oversampledAliases, double.NegativeInfinity, directAliases - 20);

        // The harmonics themselves survive.
        Assert.Equal(Measure.Amplitude(direct.AsSpan(256), 15000, Rate), Measure.Amplitude(oversampled.AsSpan(256), 15000, Rate), 0.01);
    }

    private static double AliasPowerDb(ReadOnlySpan<float> x)
    {
        double power = 0;
        foreach (var khz in new[] { 1, 3, 7, 9, 11, 13, 17, 19, 21 })
        {
            var a = Measure.Amplitude(x, khz * 1000, Rate);
            power += a * a;
        }

        return 10 * Math.Log10(power);
    }

    /// <summary>Share of the power above 2 kHz (ten harmonics of 200 Hz).</summary>
    private static double HighBandShare(float[] x)
    {
        var spectrum = Measure.PowerSpectrum(x.AsSpan(0, 1024), 256);
        double high = 0, total = 0;
        for (var k = 0; k < spectrum.Length; k++)
        {
            total += spectrum[k];
            if (k * Rate / 2 / spectrum.Length > 2000)
            {
                high += spectrum[k];
            }
        }

        return high / total;
    }
}
