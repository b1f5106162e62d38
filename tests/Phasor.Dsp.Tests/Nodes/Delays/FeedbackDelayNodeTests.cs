using Phasor.Dsp.Nodes.Delays;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Delays;

public sealed class FeedbackDelayNodeTests
{
    /// <summary>
    /// Faust's <c>+ ~ (de.delay(65536, int(sec*ma.SR) - 1) : *(fb))</c> computes y[n] = x[n] + fb·y[n − 1 − (D − 1)]:
    /// the one sample that <c>~</c> adds makes the loop D = int(sec·SR) samples long, so an impulse
    /// comes back at exactly D, 2D, 3D with fb, fb², fb³ and nothing in between.
    /// </summary>
    [Theory]
    [InlineData(48000, 0.375, 0.45)]
    [InlineData(44100, 0.5, 0.45)]
    [InlineData(44100, 0.01, -0.5)]
    [InlineData(48000, 0.0005, 0.9)]
    public void FbDelay_Impulse_EchoesAtMultiplesOfTheDelayWithPowersOfTheFeedback(double rate, double time, double feedback)
    {
        var d = (int)Math.Round(time * rate);
        var frames = (3 * d) + 10;
        var output = KernelHarness.With(new FeedbackDelayNode(), rate)
            .Feed("in", DelaySignals.Impulse(frames))
            .Set("time", time)
            .Set("feedback", feedback)
            .Render1(frames, block: 4096);

        var fb = (double)(float)feedback;
        Assert.Equal([0, d, 2 * d, 3 * d], DelaySignals.NonZero(output));
        Assert.Equal(1f, output[0]);
        Assert.Equal(fb, output[d], 1e-7);
        Assert.Equal(fb * fb, output[2 * d], 1e-7);
        Assert.Equal(fb * fb * fb, output[3 * d], 1e-7);
    }

    [Fact]
    public void FbDelay_Defaults_RepeatEvery375msAt45Percent()
    {
        var output = new KernelHarness(new FeedbackDelayNode())
            .Feed("in", DelaySignals.Impulse(48000))
            .Render1(48000, block: 4096);

        Assert.Equal([0, 18000, 36000], DelaySignals.NonZero(output));
        Assert.Equal(Measure.Db(0.45), Measure.Db(output[18000]), 1e-5);
    }

    [Fact]
    public void FbDelay_SustainedInput_SettlesAtTheLoopGain()
    {
        // A constant through y = x + fb·y[n − D] settles at x / (1 − fb): the loop neither leaks nor runs away.
        var input = new float[48000];
        Array.Fill(input, 0.1f);
        var output = KernelHarness.With(new FeedbackDelayNode(), 48000)
            .Feed("in", input)
            .Set("time", 0.001)
            .Set("feedback", 0.5)
            .Render1(input.Length);

        Assert.Equal(0.2, output[^1], 1e-6);
    }
}
