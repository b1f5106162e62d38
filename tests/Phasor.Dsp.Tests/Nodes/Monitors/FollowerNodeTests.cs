using Phasor.Dsp.Nodes.Monitors;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Monitors;

public sealed class FollowerNodeTests
{
    [Fact]
    public void Follower_TracksTheLevelOfABurstAndFallsAfterIt()
    {
        // Silence, half a second of a 0.5-amplitude sine, then silence.
        var input = new float[48000];
        Measure.Sine(1000, 48000, 24000, 0.5).CopyTo(input, 4800);
        var output = new KernelHarness(new FollowerNode()).Feed("in", input).Set("attack", 0.002).Set("release", 0.05).Render1(input.Length, 128);

        Assert.Equal(0f, output[4799]);
        Assert.InRange(Measure.Peak(output.AsSpan(4800, 48)), 0, 0.25);
        // A 2 ms attack against a 1 ms cycle settles a few percent under the peak, with little ripple.
        var held = output.AsSpan(4800 + 960, 24000 - 960).ToArray();
        Assert.InRange(held.Min(), 0.44, 0.5);
        Assert.InRange(held.Max(), 0.45, 0.5);
        Assert.InRange(held.Max() - held.Min(), 0, 0.02);

        // 0.25 s after the burst: five release time constants.
        Assert.InRange(output[4800 + 24000 + 12000], 0, 0.5 * Math.Exp(-4.5));
    }
}
