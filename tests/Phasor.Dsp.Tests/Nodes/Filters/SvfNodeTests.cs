using Phasor.Dsp.Nodes.Filters;
using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Filters.FilterResponse;

namespace Phasor.Dsp.Tests.Nodes.Filters;

public sealed class SvfNodeTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Svf_Low_IsMinus3dBAtCutoff(double cutoff) =>
        AssertMinus3dBNear(() => Harness(new SvfNode()).Set("cutoff", cutoff).Set("q", 0.7071), "low", cutoff, lowPass: true);

    [Theory]
    [InlineData(200)]
    [InlineData(5000)]
    public void Svf_High_IsMinus3dBAtCutoff(double cutoff) =>
        AssertMinus3dBNear(() => Harness(new SvfNode()).Set("cutoff", cutoff).Set("q", 0.7071), "high", cutoff, lowPass: false);

    [Fact]
    public void Svf_Band_PeaksAt0dBAtCutoffAndNotchIsDeep()
    {
        var h = () => Harness(new SvfNode()).Set("cutoff", 1000).Set("q", 4);

        Assert.InRange(GainDb(h, "band", 1000), -0.5, 0.5);
        Assert.True(GainDb(h, "band", 2000) < -12, "band-pass at q 4 should be well down an octave away");
        Assert.True(GainDb(h, "notch", 1000) < -40);
    }

    [Fact]
    public void Svf_Low_ResonatesToQAtCutoff()
    {
        var gain = GainDb(() => Harness(new SvfNode()).Set("cutoff", 1000).Set("q", 10), "low", 1000, amplitude: 0.05);

        Assert.InRange(gain, Measure.Db(10) - 0.5, Measure.Db(10) + 0.5);
    }
}
