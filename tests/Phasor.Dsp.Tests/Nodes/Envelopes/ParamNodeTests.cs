using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Envelopes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Envelopes;

public sealed class ParamNodeTests
{
    [Fact]
    public void Param_Linear_RampsOverTimeThenHoldsTheExactTarget()
    {
        var harness = Param("linear").Set("value", 2);
        Assert.All(harness.Render1(100), v => Assert.Equal(2f, v));

        // Default time 0.02 s: 960 samples from 2 to 4.
        var output = harness.Set("value", 4).Render1(2000, 128);

        Assert.Equal(2 + (2.0 / 960), output[0], 5);
        Assert.Equal(3, output[479], 5);
        Assert.True(output[958] < 4f);
        Assert.All(output[959..], v => Assert.Equal(4f, v));
    }

    [Fact]
    public void Param_OnePole_Reaches63PercentAfterTimeThenTheExactTarget()
    {
        var harness = Param("onepole").Set("value", 0);
        harness.Render1(64);

        var output = harness.Set("value", 1).Render1(48000, 128);

        Assert.InRange(output[959], 0.629, 0.635);
        var settled = AdsrNodeTests.FirstIndex(output, 0, v => v == 1f);
        Assert.InRange(settled, 960 * 10, 960 * 16);
        Assert.All(output[settled..], v => Assert.Equal(1f, v));
    }

    private static KernelHarness Param(string smooth) =>
        new(new ParamNode(), parameters: new Dictionary<string, ParamValue> { ["smooth"] = ParamValue.Of(smooth == "onepole" ? 1 : 0) });
}
