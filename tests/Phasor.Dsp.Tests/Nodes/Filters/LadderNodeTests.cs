using Phasor.Dsp.Nodes.Filters;
using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Filters.FilterResponse;

namespace Phasor.Dsp.Tests.Nodes.Filters;

public sealed class LadderNodeTests
{
    // Small enough that the input tanh is linear to well under 0.01 dB.
    private const double Small = 0.01;

    [Theory]
    [InlineData(500)]
    [InlineData(2000)]
    public void Ladder_LowQ_IsAtLeast18dBDownAnOctaveAboveCutoff(double cutoff)
    {
        var h = () => Harness(new LadderNode()).Set("cutoff", cutoff).Set("q", 0.7071);
        var passband = GainDb(h, "out", cutoff / 8, Small);

        Assert.True(GainDb(h, "out", cutoff * 2, Small) - passband < -18);
    }

    [Fact]
    public void Ladder_LowQ_Falls24dBPerOctaveWellAboveCutoff()
    {
        var h = () => Harness(new LadderNode()).Set("cutoff", 300).Set("q", 0.7071);
        var slope = GainDb(h, "out", 2400, Small) - GainDb(h, "out", 4800, Small);

        Assert.InRange(slope, 22, 26);
    }

    [Fact]
    public void Ladder_Q5_MatchesFaustFeedbackMapping()
    {
        // Faust: k = 4·(Q − 1/√2)/(25 − 1/√2). The linear ladder is 1/((1 + s/ωc)⁴ + k): its DC gain
        // is 1/(1 + k), and at the cutoff (1 + j)⁴ = −4 makes it 1/(4 − k). Prewarping keeps both exact.
        var k = 4 * (5 - Math.Sqrt(0.5)) / (25 - Math.Sqrt(0.5));
        var h = () => Harness(new LadderNode()).Set("cutoff", 1000).Set("q", 5);

        Assert.Equal(k, LadderDesign.Feedback(5), 12);
        Assert.InRange(GainDb(h, "out", 20, Small), Measure.Db(1 / (1 + k)) - 0.05, Measure.Db(1 / (1 + k)) + 0.05);
        Assert.InRange(GainDb(h, "out", 1000, Small), Measure.Db(1 / (4 - k)) - 0.05, Measure.Db(1 / (4 - k)) + 0.05);
    }

    [Fact]
    public void Ladder_DriveOf1_IsNearlyLinearForSmallSignals()
    {
        var h = () => Harness(new LadderNode()).Set("cutoff", 1000).Set("q", 5);

        Assert.InRange(GainDb(h, "out", 300, 0.05) - GainDb(h, "out", 300, 0.001), -0.05, 0.05);
    }

    [Fact]
    public void Ladder_HighDrive_SaturatesButStaysBounded()
    {
        var output = Harness(new LadderNode()).Set("cutoff", 2000).Set("q", 20).Set("drive", 50)
            .Feed("in", Measure.Sine(110, Rate, 9600)).Render1(9600);

        Assert.InRange(Measure.Peak(output), 0.2, 1.0);
    }

    [Theory]
    [InlineData(250)]
    [InlineData(1000)]
    [InlineData(4000)]
    public void Ladder_MaxQ_SelfOscillatesNearCutoffFromATinyImpulse(double cutoff)
    {
        var impulse = new float[72000];
        impulse[0] = 1e-4f;
        var output = Harness(new LadderNode()).Set("cutoff", cutoff).Set("q", LadderNode.MaxQ).Feed("in", impulse).Render1(impulse.Length);
        var tail = output.AsSpan(48000);

        Assert.True(Measure.Db(Measure.Rms(tail)) > -40, $"oscillation at {Measure.Db(Measure.Rms(tail)):F1} dBFS after 1 s");
        Assert.InRange(Measure.ZeroCrossingFrequency(tail, Rate), cutoff * 0.9, cutoff * 1.1);
    }

    [Fact]
    public void Ladder_JustBelowThreshold_RingsDown()
    {
        var impulse = new float[48000];
        impulse[0] = 0.1f;
        var output = Harness(new LadderNode()).Set("cutoff", 1000).Set("q", 20).Feed("in", impulse).Render1(impulse.Length);

        Assert.True(Measure.Peak(output.AsSpan(24000)) < 1e-6);
    }
}
