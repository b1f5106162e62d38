using Phasor.Dsp.Nodes.Envelopes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Envelopes;

public sealed class ClockNodeTests
{
    [Fact]
    public void Clock_At2Hz_RisesExactlyEvery24000SamplesWithOneSampleTriggers()
    {
        var outputs = new KernelHarness(new ClockNode()).Set("freq", 2).Render(5 * 48000 + 1);

        AssertEdgesEvery(outputs, 24000);
    }

    [Fact]
    public void Clock_At120Bpm_OverridesFreqAndRisesEvery24000Samples()
    {
        var outputs = new KernelHarness(new ClockNode()).Set("freq", 5).Set("bpm", 120).Render(5 * 48000 + 1, 100);

        AssertEdgesEvery(outputs, 24000);
    }

    [Fact]
    public void Clock_FractionalPeriod_DoesNotDrift()
    {
        // 7 Hz: 6857.14... samples per cycle; edge k belongs at ceil(k·48000/7).
        var trig = new KernelHarness(new ClockNode()).Set("freq", 7).Render(5 * 48000)[1];
        var edges = Indices(trig);

        Assert.Equal(35, edges.Count);
        for (var k = 0; k < edges.Count; k++)
        {
            Assert.InRange(edges[k], Math.Ceiling(k * 48000 / 7.0) - 1, Math.Ceiling(k * 48000 / 7.0) + 1);
        }
    }

    [Fact]
    public void Clock_Width_SetsTheFractionOfEachCycleThatIsHigh()
    {
        var gate = new KernelHarness(new ClockNode()).Set("freq", 10).Set("width", 0.25).Render(48000)[0];

        // Like Faust's lf_pulsetrainpos, high while phase <= width: 1200 samples plus the boundary one.
        Assert.All(Enumerable.Range(0, 10), c => Assert.InRange(gate.AsSpan(c * 4800, 4800).ToArray().Sum(), 1200, 1201));
        Assert.Equal(1f, gate[0]);
        Assert.Equal(0f, gate[1300]);
    }

    private static void AssertEdgesEvery(float[][] outputs, int period)
    {
        var (gate, trig) = (outputs[0], outputs[1]);
        var expected = Enumerable.Range(0, (gate.Length - 1) / period + 1).Select(k => k * period).ToList();
        var rises = new List<int>();
        for (var i = 0; i < gate.Length; i++)
        {
            if (gate[i] > 0 && (i == 0 || gate[i - 1] == 0))
            {
                rises.Add(i);
            }
        }

        Assert.Equal(expected, rises);
        Assert.Equal(expected, Indices(trig));
        Assert.Equal((float)expected.Count, trig.Sum());
        Assert.Equal(0.5, gate.AsSpan(0, period).ToArray().Average(), 3);
    }

    private static List<int> Indices(float[] trig)
    {
        var indices = new List<int>();
        for (var i = 0; i < trig.Length; i++)
        {
            if (trig[i] == 1f)
            {
                indices.Add(i);
            }
        }

        return indices;
    }
}
