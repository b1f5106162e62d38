using Phasor.Dsp.Kernels;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Oscillators;

public sealed class NoiseTests
{
    private const double Rate = 48000;

    [Theory]
    [InlineData("noise")]
    [InlineData("pink")]
    public void Noise_SameSeed_GivesIdenticalOutput(string type)
    {
        var a = Render(type, seed: 42, frames: 4800);
        var b = Render(type, seed: 42, frames: 4800);

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("noise")]
    [InlineData("pink")]
    public void Noise_DifferentSeeds_GiveUncorrelatedOutput(string type)
    {
        var a = Render(type, seed: 1, frames: 48000);
        var b = Render(type, seed: 2, frames: 48000);

        double dot = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
        }

        var correlation = dot / a.Length / (Measure.Rms(a) * Measure.Rms(b));
        Assert.NotEqual(a, b);
        Assert.InRange(correlation, -0.05, 0.05);
    }

    [Fact]
    public void WhiteNoise_IsZeroMeanWithUniformRmsAndBoundedPeak()
    {
        var output = Render("noise", seed: 7, frames: 48000);

        Assert.InRange(Oscillators.Mean(output), -0.01, 0.01);
        Assert.InRange(Measure.Rms(output), (1 / Math.Sqrt(3)) * 0.98, (1 / Math.Sqrt(3)) * 1.02);
        Assert.InRange(Measure.Peak(output), 0.99, 1.0);
    }

    [Fact]
    public void WhiteNoise_HasAFlatSpectrum()
    {
        var power = WelchSpectrum.Compute(Render("noise", seed: 3, frames: 65536), 1024);

        // Octave bands 375 Hz–24 kHz should hold equal power density within 1 dB.
        var low = BandDensity(power, 375, 750, 1024);
        var high = BandDensity(power, 12000, 23000, 1024);
        Assert.InRange(10 * Math.Log10(high / low), -1, 1);
    }

    [Fact]
    public void PinkNoise_FallsByThreeDecibelsPerOctaveFrom100HzTo10kHz()
    {
        const int size = 4096;
        var output = Render("pink", seed: 5, frames: 48000 * 4);
        var power = WelchSpectrum.Compute(output, size);

        // Half-octave bands from 100 Hz: mean power density per band against the band's octave position.
        const int bands = 13;
        var octaves = new double[bands];
        var levels = new double[bands];
        for (var b = 0; b < bands; b++)
        {
            double lo = 100 * Math.Pow(2, b / 2.0), hi = lo * Math.Sqrt(2);
            octaves[b] = Math.Log2(Math.Sqrt(lo * hi) / 100);
            levels[b] = 10 * Math.Log10(BandDensity(power, lo, hi, size));
        }

        Assert.InRange(Slope(octaves, levels), -3.5, -2.5);
        double meanOctave = octaves.Average(), meanLevel = levels.Average();
        for (var b = 0; b < bands; b++)
        {
            var ideal = meanLevel - (3.01 * (octaves[b] - meanOctave));
            Assert.True(Math.Abs(levels[b] - ideal) < 1.5, $"band {b}: {levels[b]:F2} dB vs {ideal:F2} dB on a −3 dB/octave line");
        }
    }

    [Fact]
    public void PinkNoise_StaysInsideFullScale()
    {
        var output = Render("pink", seed: 9, frames: 96000);

        Assert.InRange(Measure.Rms(output), 0.14, 0.21);
        Assert.True(Measure.Peak(output) < 1.0);
    }

    private static float[] Render(string type, int seed, int frames) =>
        new KernelHarness(Oscillators.Kernel(type), Rate, parameters: new Dictionary<string, ParamValue> { ["seed"] = ParamValue.Of(seed) }).Render1(frames, 4096);

    private static double BandDensity(double[] power, double lo, double hi, int size)
    {
        double sum = 0;
        var count = 0;
        for (var k = (int)Math.Ceiling(lo * size / Rate); k < hi * size / Rate; k++)
        {
            sum += power[k];
            count++;
        }

        return sum / count;
    }

    private static double Slope(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }

        return sxy / sxx;
    }
}
