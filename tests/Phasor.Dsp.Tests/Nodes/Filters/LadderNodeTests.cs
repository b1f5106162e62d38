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
    public void Ladder_Saturate0_IsFaustsMoogLadder_EvenAtFullScale()
    {
        // Two detuned full-scale saws through q 5 with the cutoff swept every sample, as in the complex fixture:
        // the linear ladder must match vaeffects.lib's equations, transcribed below, to float precision. (Faust 2.54
        // writes 1/√2 as 0.707 in the feedback map, a 1e-5 relative difference in k; both sides use Phasor's k here.)
        const int Frames = 24000;
        var input = new float[Frames];
        var cutoff = new float[Frames];
        for (var i = 0; i < Frames; i++)
        {
            input[i] = (float)(((((i * 131.0 / Rate) % 1.0) * 2) - 1 + ((((i * 132.0 / Rate) % 1.0) * 2) - 1)) * 0.5);
            cutoff[i] = (float)(200 + (4000 * (0.5 + (0.5 * Math.Sin(2 * Math.PI * 1.5 * i / Rate)))));
        }

        var output = Harness(new LadderNode()).Set("q", 5).Set("saturate", 0).Feed("in", input).Feed("cutoff", cutoff).Render1(Frames);

        var faust = FaustMoogLadder(input, cutoff, LadderDesign.Feedback(5));
        for (var i = 0; i < Frames; i++)
        {
            Assert.True(Math.Abs(output[i] - faust[i]) < 1e-6, $"frame {i}: {output[i]} against {faust[i]}");
        }
    }

    [Fact]
    public void Ladder_DefaultSaturation_CompressesAFullScaleInput()
    {
        var input = Measure.Sine(110, Rate, 9600, amplitude: 2);
        var saturated = Harness(new LadderNode()).Set("cutoff", 4000).Set("q", 5).Feed("in", input).Render1(9600);
        var linear = Harness(new LadderNode()).Set("cutoff", 4000).Set("q", 5).Set("saturate", 0).Feed("in", input).Render1(9600);

        // Below the cutoff the loop gives u = tanh(x − k·u): about 0.88 at x = 2 against the linear 2/(1 + k) = 1.17.
        Assert.True(Measure.Peak(saturated) < 0.85 * Measure.Peak(linear), $"{Measure.Peak(saturated)} against {Measure.Peak(linear)}");
    }

    /// <summary>ve.moogLadder from Faust's vaeffects.lib, per sample in double precision with the exact tangent.</summary>
    private static double[] FaustMoogLadder(float[] input, float[] cutoff, double k)
    {
        var (s1, s2, s3, s4) = (0.0, 0.0, 0.0, 0.0);
        var output = new double[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            var omegaWarp = Math.Tan(Math.PI * cutoff[i] / Rate);
            var g = omegaWarp / (1.0 + omegaWarp);
            var bigG = g * g * g * g;
            var bigS = (g * g * g * (s1 * (1 - g))) + (g * g * (s2 * (1 - g))) + (g * (s3 * (1 - g))) + (s4 * (1 - g));
            var u = (input[i] - (k * bigS)) / (1.0 + (k * bigG));
            var v1 = g * (u - s1);
            var lp1 = v1 + s1;
            var v2 = g * (lp1 - s2);
            var lp2 = v2 + s2;
            var v3 = g * (lp2 - s3);
            var lp3 = v3 + s3;
            var v4 = g * (lp3 - s4);
            var lp4 = v4 + s4;
            (s1, s2, s3, s4) = (v1 + lp1, v2 + lp2, v3 + lp3, v4 + lp4);
            output[i] = lp4;
        }

        return output;
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
