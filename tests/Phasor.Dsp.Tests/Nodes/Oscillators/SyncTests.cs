using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Oscillators;

public sealed class SyncTests
{
    private const int SyncPeriod = 480;

    [Fact]
    public void Sine_SyncedAt100Hz_RestartsAtZeroOnEveryRisingEdge()
    {
        var output = new KernelHarness(Oscillators.Kernel("sine"))
            .Set("freq", 440)
            .Feed("sync", Oscillators.PulseTrain(SyncPeriod, 4800))
            .Render1(4800);

        for (var edge = SyncPeriod; edge < 4800; edge += SyncPeriod)
        {
            Assert.True(Math.Abs(output[edge]) < 1e-6, $"frame {edge}: {output[edge]}");
            Assert.True(output[edge + 1] > 0, $"frame {edge + 1} should rise");
        }

        AssertPeriodic(output, SyncPeriod);
    }

    [Theory]
    [InlineData("saw")]
    [InlineData("square")]
    [InlineData("pulse")]
    [InlineData("triangle")]
    [InlineData("phasor")]
    public void Oscillator_SyncedAt100Hz_RepeatsWithTheSyncPeriod(string type)
    {
        // 440 Hz alone does not repeat every 480 samples, so only the resets can make it periodic.
        var output = new KernelHarness(Oscillators.Kernel(type))
            .Set("freq", 440)
            .Feed("sync", Oscillators.PulseTrain(SyncPeriod, 4800))
            .Render1(4800);

        AssertPeriodic(output, SyncPeriod);
    }

    [Fact]
    public void Saw_SyncedAtAZeroCrossing_ResetsBetweenSamplesAndSmoothsTheJump()
    {
        // Sync by a 100 Hz sine offset by a quarter sample: its rising zero crossings fall between frames.
        var sync = new float[4800];
        for (var i = 0; i < sync.Length; i++)
        {
            sync[i] = (float)Math.Sin(2 * Math.PI * (i - 0.25) / SyncPeriod);
        }

        var output = new KernelHarness(Oscillators.Kernel("saw")).Set("freq", 330).Feed("sync", sync).Render1(4800);

        // 3.3 cycles per sync period: each reset drops the saw from +0.6 to 0, far from the saw's own edges.
        // A naive reset is one 0.6 step; spread over four samples, the largest frame-to-frame step is about 0.35.
        for (var edge = SyncPeriod; edge < output.Length; edge += SyncPeriod)
        {
            var largest = 0.0;
            for (var i = edge - 4; i < edge + 8; i++)
            {
                largest = Math.Max(largest, Math.Abs(output[i + 1] - output[i]));
            }

            Assert.InRange(largest, 0.2, 0.45);
        }

        AssertPeriodic(output, SyncPeriod);
    }

    private static void AssertPeriodic(float[] output, int period)
    {
        for (var i = period; i + period < output.Length; i++)
        {
            Assert.True(Math.Abs(output[i + period] - output[i]) < 1e-3, $"frames {i} and {i + period} differ: {output[i]} vs {output[i + period]}");
        }
    }
}
