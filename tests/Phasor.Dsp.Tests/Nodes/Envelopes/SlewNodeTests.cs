using Phasor.Dsp.Nodes.Envelopes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Envelopes;

public sealed class SlewNodeTests
{
    [Fact]
    public void Slew_UnitStep_RisesLinearlyOverRiseTimeAndFallsOverFallTime()
    {
        // 0 until 100, 1 until 10000, then 0: rise 0.1 s (4800 samples), fall 0.05 s (2400).
        var input = new float[16000];
        input.AsSpan(100, 9900).Fill(1f);
        var output = new KernelHarness(new SlewNode()).Feed("in", input).Set("rise", 0.1).Set("fall", 0.05).Render1(input.Length, 77);

        Assert.Equal(0f, output[99]);
        Assert.Equal(0.5, output[100 + 2399], 4);
        Assert.InRange(AdsrNodeTests.FirstIndex(output, 100, v => v >= 1f - 1e-6f), 100 + 4799 - 1, 100 + 4799 + 1);
        Assert.Equal(0.5, output[10000 + 1199], 4);
        Assert.InRange(AdsrNodeTests.FirstIndex(output, 10000, v => v <= 1e-6f), 10000 + 2399 - 1, 10000 + 2399 + 1);
    }

    [Fact]
    public void Slew_HalfStep_TakesHalfTheTime()
    {
        var input = new float[4800];
        input.AsSpan(1).Fill(0.5f);
        var output = new KernelHarness(new SlewNode()).Feed("in", input).Set("rise", 0.1).Render1(input.Length);

        Assert.InRange(AdsrNodeTests.FirstIndex(output, 0, v => v >= 0.5f - 1e-6f), 2400 - 1, 2400 + 1);
    }

    [Fact]
    public void Slew_StartsAtTheFirstInputSample()
    {
        var output = new KernelHarness(new SlewNode()).Set("in", 440).Render1(256);

        Assert.All(output, v => Assert.Equal(440f, v));
    }
}
