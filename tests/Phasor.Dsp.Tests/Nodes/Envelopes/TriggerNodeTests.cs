using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Envelopes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Envelopes;

public sealed class TriggerNodeTests
{
    [Fact]
    public void SampleAndHold_HoldsTheInputOfEachRisingEdge()
    {
        var input = Enumerable.Range(0, 1000).Select(i => i / 1000f).ToArray();
        var output = new KernelHarness(new SampleHoldNode())
            .Feed("in", input)
            .Feed("trig", AdsrNodeTests.Gate(1000, (100, 300), (500, 510)))
            .Render1(1000, 7);

        Assert.All(output[..100], v => Assert.Equal(0f, v));
        Assert.All(output[100..500], v => Assert.Equal(input[100], v));
        Assert.All(output[500..], v => Assert.Equal(input[500], v));
    }

    [Fact]
    public void Schmitt_SwitchesOnAboveHighAndOffBelowLowOnly()
    {
        float[] levels = [0, 0.4f, 0.6f, 0, -0.4f, -0.6f, 0.4f, 0.6f];
        float[] expected = [0, 0, 1, 1, 1, 0, 0, 1];
        var input = levels.SelectMany(v => Enumerable.Repeat(v, 10)).ToArray();

        var output = new KernelHarness(new SchmittNode()).Feed("in", input).Render1(input.Length, 7);

        Assert.Equal(expected.SelectMany(v => Enumerable.Repeat(v, 10)), output);
    }

    [Fact]
    public void Counter_CountsRisingEdgesWrapsAtMaxAndResets()
    {
        var trig = Pulses(200, 10);
        var reset = AdsrNodeTests.Gate(200, (125, 130));
        var output = new KernelHarness(new CounterNode()).Feed("trig", trig).Feed("reset", reset).Set("max", 4).Render1(200, 7);

        // Pulses start at 0, 10, 20, ...: counts 1, 2, 3, 0, 1, ...; the reset at 125 returns to 0 until the pulse at 130.
        float[] expectedAtPulse = [1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 0, 1, 2, 3, 0, 1, 2, 3];
        for (var k = 0; k < 20; k++)
        {
            Assert.Equal(expectedAtPulse[k], output[(k * 10) + 5]);
        }

        Assert.Equal(0f, output[127]);
    }

    [Fact]
    public void StepSequencer_StartsAtFirstValueAdvancesAndResets()
    {
        var parameters = new Dictionary<string, ParamValue> { ["values"] = ParamValue.Of([3.0, 5.0, 7.0]) };
        var trig = Pulses(100, 10, first: 10);
        var reset = AdsrNodeTests.Gate(100, (45, 50));
        var output = new KernelHarness(new StepSequencerNode(), parameters: parameters)
            .Feed("trig", trig)
            .Feed("reset", reset)
            .Render1(100, 7);

        // Steps at 10, 20, 30, 40; reset at 45; steps again at 50, 60, 70, 80, 90.
        float[] expected = [3, 5, 7, 3, 5, 5, 7, 3, 5, 7];
        for (var k = 0; k < 10; k++)
        {
            Assert.Equal(expected[k], output[(k * 10) + 3]);
        }

        Assert.Equal(3f, output[46]);
    }

    private static float[] Pulses(int frames, int period, int first = 0)
    {
        var x = new float[frames];
        for (var i = first; i < frames; i += period)
        {
            x.AsSpan(i, Math.Min(period / 2, frames - i)).Fill(1f);
        }

        return x;
    }
}
