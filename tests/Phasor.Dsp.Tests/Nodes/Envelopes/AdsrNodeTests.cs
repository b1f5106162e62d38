using Phasor.Dsp.Nodes.Envelopes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Envelopes;

public sealed class AdsrNodeTests
{
    private const double Rate = 48000;

    [Fact]
    public void Adsr_SegmentsLastTheirTimesToTheSample()
    {
        // Gate high over [100, 10100): attack 480 samples, decay 4800, sustain 0.5, release 9600.
        var output = Adsr(Gate(30000, (100, 10100)), attack: 0.01, decay: 0.1, sustain: 0.5, release: 0.2);

        Assert.Equal(0f, output[99]);
        Assert.InRange(FirstIndex(output, 100, v => v >= 1f - 1e-6f), 100 + 480 - 1, 100 + 480);
        Assert.Equal(0.5, output[100 + 239], 3);
        Assert.InRange(FirstIndex(output, 600, v => v <= 0.5f + 1e-6f), 100 + 5280 - 1, 100 + 5280);
        Assert.Equal(0.75, output[100 + 480 + 2400], 3);
        Assert.Equal(0.5, output[10099], 6);
        Assert.Equal(0.25, output[10100 + 4800], 3);
        Assert.InRange(FirstIndex(output, 10100, v => v == 0f), 10100 + 9600 - 1, 10100 + 9600);
        Assert.All(output[(10100 + 9600)..], v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Adsr_GateOffDuringAttack_ReleasesFromTheReachedLevelOverTheReleaseTime()
    {
        // Released halfway up the attack: linear from 0.5 to 0 in 9600 samples.
        var output = Adsr(Gate(12000, (0, 240)), attack: 0.01, decay: 0.1, sustain: 0.5, release: 0.2);

        Assert.Equal(0.5, output[239], 3);
        Assert.Equal(0.25, output[240 + 4800], 3);
        Assert.InRange(FirstIndex(output, 240, v => v == 0f), 240 + 9600 - 1, 240 + 9600);
    }

    [Fact]
    public void Adsr_RetriggerDuringRelease_RisesFromTheCurrentLevelWithoutAJump()
    {
        // Sustain reached at 0.5, gate off for 960 samples (level 0.45), then on again.
        var output = Adsr(Gate(12000, (0, 3000), (3960, 12000)), attack: 0.01, decay: 0.01, sustain: 0.5, release: 0.2);
        var attackStep = 1.0 / 480;

        Assert.Equal(0.45, output[3959], 3);
        Assert.InRange(output[3960], output[3959], output[3959] + attackStep + 1e-6);
        Assert.InRange(MaxStep(output), 0, attackStep + 1e-6);
        Assert.Equal(1, Measure.Peak(output.AsSpan(3960, 600)), 6);
        Assert.Equal(0.5, output[11999], 6);
    }

    [Fact]
    public void Ar_RisesWhileGateIsHighAndReleasesAfter()
    {
        var output = new KernelHarness(new ArNode(), Rate)
            .Feed("gate", Gate(8000, (0, 1000)))
            .Set("attack", 0.01)
            .Set("release", 0.1)
            .Render1(8000, 64);

        Assert.InRange(FirstIndex(output, 0, v => v >= 1f - 1e-6f), 480 - 1, 480);
        Assert.All(output[480..1000], v => Assert.Equal(1f, v));
        Assert.Equal(0.5, output[1000 + 2400], 3);
        Assert.InRange(FirstIndex(output, 1000, v => v == 0f), 1000 + 4800 - 1, 1000 + 4800);
    }

    [Fact]
    public void Ar_ImmediateRetrigger_ContinuesFromTheCurrentLevel()
    {
        var output = new KernelHarness(new ArNode(), Rate)
            .Feed("gate", Gate(4000, (0, 240), (241, 4000)))
            .Set("attack", 0.01)
            .Set("release", 0.1)
            .Render1(4000, 32);

        Assert.InRange(MaxStep(output), 0, (1.0 / 480) + 1e-6);
        Assert.InRange(output[242], 0.49, 0.51);
    }

    internal static float[] Gate(int frames, params (int From, int To)[] spans)
    {
        var gate = new float[frames];
        foreach (var (from, to) in spans)
        {
            gate.AsSpan(from, to - from).Fill(1f);
        }

        return gate;
    }

    internal static int FirstIndex(float[] x, int from, Func<float, bool> predicate)
    {
        for (var i = from; i < x.Length; i++)
        {
            if (predicate(x[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static double MaxStep(float[] x)
    {
        var max = 0.0;
        for (var i = 1; i < x.Length; i++)
        {
            max = Math.Max(max, Math.Abs(x[i] - x[i - 1]));
        }

        return max;
    }

    private static float[] Adsr(float[] gate, double attack, double decay, double sustain, double release) =>
        new KernelHarness(new AdsrNode(), Rate)
            .Feed("gate", gate)
            .Set("attack", attack)
            .Set("decay", decay)
            .Set("sustain", sustain)
            .Set("release", release)
            .Render1(gate.Length, 100);
}
