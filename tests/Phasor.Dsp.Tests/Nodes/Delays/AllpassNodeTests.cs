using Phasor.Dsp.Nodes.Delays;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Delays;

public sealed class AllpassNodeTests
{
    [Fact]
    public void Allpass_Impulse_IsMinusGainThenOneMinusGainSquaredEveryTime()
    {
        const int d = 100;
        var output = new KernelHarness(new AllpassNode())
            .Feed("in", DelaySignals.Impulse(350))
            .Set("time", d / 48000.0)
            .Set("gain", 0.5)
            .Render1(350);

        Assert.Equal([0, d, 2 * d, 3 * d], DelaySignals.NonZero(output));
        Assert.Equal([-0.5f, 0.75f, 0.375f, 0.1875f], [output[0], output[d], output[2 * d], output[3 * d]]);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(-0.6)]
    public void Allpass_MagnitudeResponse_IsFlatWithinATenthOfADecibel(double gain)
    {
        const double rate = 48000;
        const int frames = 8192;
        var response = new KernelHarness(new AllpassNode())
            .Feed("in", DelaySignals.Impulse(frames))
            .Set("time", 113 / rate)
            .Set("gain", gain)
            .Render1(frames, block: 4096);

        foreach (var frequency in new[] { 50.0, 333.0, 1000.0, 4321.0, 12000.0, 20000.0 })
        {
            double re = 0, im = 0;
            var w = 2 * Math.PI * frequency / rate;
            for (var n = 0; n < frames; n++)
            {
                re += response[n] * Math.Cos(w * n);
                im -= response[n] * Math.Sin(w * n);
            }

            Assert.InRange(Measure.Db(Math.Sqrt((re * re) + (im * im))), -0.1, 0.1);
        }
    }
}
