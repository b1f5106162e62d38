using Phasor.Dsp.Nodes.Monitors;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Monitors;

public sealed class MeterNodeTests
{
    [Fact]
    public void Meter_FullScaleSine_ReadsPeakOneAndRmsOfOneOverRootTwo()
    {
        var outputs = new KernelHarness(new MeterNode()).Feed("in", Measure.Sine(997, 48000, 24000)).Render(24000, 128);
        var (peak, rms) = (outputs[0], outputs[1]);

        Assert.InRange(peak[^1], 0.99, 1.0);
        Assert.InRange(rms[^1], 0.7071 * 0.99, 0.7071 * 1.01);

        // Control-rate outputs: one value across each block.
        Assert.All(peak.AsSpan(128, 128).ToArray(), v => Assert.Equal(peak[128], v));
    }

    [Fact]
    public void Meter_AfterTheSignalStops_PeakFallsAtDecayRateAndRmsEmpties()
    {
        var input = new float[96000];
        Measure.Sine(997, 48000, 48000).CopyTo(input, 0);
        var outputs = new KernelHarness(new MeterNode()).Feed("in", input).Render(96000, 128);

        // One second of silence at the default 20 dB/s: -20 dB, i.e. a tenth of the last peak.
        Assert.InRange(outputs[0][^1], 0.099, 0.101);
        Assert.Equal(0f, outputs[1][^1]);
    }
}
