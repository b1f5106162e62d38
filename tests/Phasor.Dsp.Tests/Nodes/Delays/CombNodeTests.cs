using Phasor.Dsp.Nodes.Delays;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Delays;

public sealed class CombNodeTests
{
    [Fact]
    public void Comb_NoDamping_RepeatsAnImpulseEveryTimeWithPowersOfTheFeedback()
    {
        const int d = 480;
        var output = new KernelHarness(new CombNode())
            .Feed("in", DelaySignals.Impulse(4 * d + 10))
            .Set("time", 0.01)
            .Set("feedback", 0.5)
            .Set("damp", 0)
            .Render1(4 * d + 10);

        Assert.Equal([d, 2 * d, 3 * d, 4 * d], DelaySignals.NonZero(output));
        Assert.Equal([1f, 0.5f, 0.25f, 0.125f], [output[d], output[2 * d], output[3 * d], output[4 * d]]);
    }

    [Fact]
    public void Comb_Damping_SmearsEachRepeatThroughTheOnePole()
    {
        const int d = 441;
        const double fb = 0.7, damp = 0.3;
        var output = KernelHarness.With(new CombNode(), 44100)
            .Feed("in", DelaySignals.Impulse(3 * d))
            .Set("time", 0.01)
            .Set("feedback", fb)
            .Set("damp", damp)
            .Render1(3 * d);
        double f = (float)fb, g = (float)damp;

        Assert.Equal(d, DelaySignals.NonZero(output)[0]);
        Assert.Equal(1f, output[d]);

        // The second pass is the first one through l[n] = (1 − damp)·o[n] + damp·l[n − 1], times the feedback.
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(f * (1 - g) * Math.Pow(g, k), output[(2 * d) + k], 1e-7);
        }

        Assert.True(Measure.Peak(output.AsSpan(d + 1, d - 1)) == 0, "nothing between the first two passes");
    }

    [Fact]
    public void Comb_Spectrum_PeaksAtMultiplesOfOneOverTime()
    {
        // 1/time = 480 Hz: teeth at 480 and 960 Hz, notches halfway between.
        var output = new KernelHarness(new CombNode())
            .Feed("in", DelaySignals.Noise(48000))
            .Set("time", 1.0 / 480)
            .Set("feedback", 0.9)
            .Set("damp", 0)
            .Render1(48000, block: 4096);

        var peak = Measure.Amplitude(output, 960, 48000);
        var notch = Measure.Amplitude(output, 720, 48000);
        Assert.True(Measure.Db(peak / notch) > 20, $"peak/notch {Measure.Db(peak / notch):F1} dB");
    }
}
