using Phasor.Dsp.Nodes.Oscillators;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes;

public sealed class SineNodeTests
{
    [Fact]
    public void Sine_At440Hz_HasThatFrequencyAndUnitPeak()
    {
        var output = new KernelHarness(new SineNode()).Set("freq", 440).Render1(48000);

        Assert.InRange(Measure.ZeroCrossingFrequency(output, 48000), 439.9, 440.1);
        Assert.InRange(Measure.Peak(output), 0.9999, 1.0);
        Assert.InRange(Measure.Db(Measure.Rms(output)), -3.02, -3.00);
    }
}
