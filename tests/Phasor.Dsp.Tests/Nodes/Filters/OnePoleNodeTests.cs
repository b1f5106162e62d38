using Phasor.Dsp.Nodes.Filters;
using static Phasor.Dsp.Tests.Nodes.Filters.FilterResponse;

namespace Phasor.Dsp.Tests.Nodes.Filters;

public sealed class OnePoleNodeTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void OnePole_LowPass_IsMinus3dBAtCutoff(double cutoff) =>
        AssertMinus3dBNear(() => Harness(new OnePoleNode()).Set("cutoff", cutoff), "lp", cutoff, lowPass: true);

    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void OnePole_HighPass_IsMinus3dBAtCutoff(double cutoff) =>
        AssertMinus3dBNear(() => Harness(new OnePoleNode()).Set("cutoff", cutoff), "hp", cutoff, lowPass: false);

    [Fact]
    public void OnePole_LowPass_Falls6dBPerOctave()
    {
        var h = () => Harness(new OnePoleNode()).Set("cutoff", 200);
        var slope = GainDb(h, "lp", 1600) - GainDb(h, "lp", 3200);

        Assert.InRange(slope, 5.5, 6.5);
    }
}
