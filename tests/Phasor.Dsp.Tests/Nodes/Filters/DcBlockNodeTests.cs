using Phasor.Dsp.Nodes.Filters;
using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Filters.FilterResponse;

namespace Phasor.Dsp.Tests.Nodes.Filters;

public sealed class DcBlockNodeTests
{
    [Fact]
    public void DcBlock_RemovesOffset_AndPasses1kHzWithin0p1dB()
    {
        var input = Measure.Sine(1000, Rate, 72000, 0.5);
        for (var i = 0; i < input.Length; i++)
        {
            input[i] += 0.5f;
        }

        var tail = Harness(new DcBlockNode()).Feed("in", input).Render1(input.Length).AsSpan(48000);
        double mean = 0;
        foreach (var v in tail)
        {
            mean += v;
        }

        mean /= tail.Length;
        Assert.True(Math.Abs(mean) < 1e-3, $"mean of the tail {mean}");
        Assert.InRange(Measure.Db(Measure.Amplitude(tail, 1000, Rate) / 0.5), -0.1, 0.1);
    }

    [Fact]
    public void DcBlock_CornerIsBelow20Hz()
    {
        var h = () => Harness(new DcBlockNode());

        Assert.InRange(GainDb(h, "out", 10), -3.5, -2.5);
        Assert.InRange(GainDb(h, "out", 40), -0.5, 0);
    }
}
