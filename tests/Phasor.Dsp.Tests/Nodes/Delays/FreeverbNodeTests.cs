using Phasor.Dsp.Nodes.Delays;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Delays;

public sealed class FreeverbNodeTests
{
    private const int Rate = 48000;

    [Theory]
    [InlineData(44100, 1116, 1139)]
    [InlineData(48000, 1214, 1237)]
    [InlineData(96000, 2429, 2452)]
    public void Freeverb_FirstArrival_IsTheShortestCombScaledFrom44100PlusSpreadOnTheRight(int rate, int left, int right)
    {
        var output = KernelHarness.With(new FreeverbNode(), rate)
            .Feed("left", DelaySignals.Impulse(4096))
            .Render(4096, block: 4096);

        // The direct path of each allpass is −g: four of them give g⁴ = 0.0625.
        Assert.Equal(left, DelaySignals.NonZero(output[0])[0]);
        Assert.Equal(right, DelaySignals.NonZero(output[1])[0]);
        Assert.Equal(0.0625f, output[0][left]);
        Assert.Equal(0.0625f, output[1][right]);
    }

    [Fact]
    public void Freeverb_MatchesFaustStereoFreeverbSignalForSignal()
    {
        const int frames = 12000, spread = 31;
        const double fb1 = 0.84, fb2 = 0.5, damp = 0.2;
        var left = DelaySignals.Noise(frames, seed: 2);
        var right = DelaySignals.Noise(frames, seed: 3);
        var output = KernelHarness.With(new FreeverbNode(), Rate, ("spread", spread))
            .Feed("left", left)
            .Feed("right", right)
            .Set("feedback", fb1)
            .Set("allpassFeedback", fb2)
            .Set("damp", damp)
            .Render(frames, block: 1000);

        // stereo_freeverb = + <: mono_freeverb(fb1, fb2, damp, 0), mono_freeverb(fb1, fb2, damp, spread)
        var mono = new double[frames];
        for (var n = 0; n < frames; n++)
        {
            mono[n] = (double)left[n] + right[n];
        }

        var expectedLeft = FaustFreeverbReference.MonoFreeverb(mono, Rate, (float)fb1, (float)fb2, (float)damp, 0);
        var expectedRight = FaustFreeverbReference.MonoFreeverb(mono, Rate, (float)fb1, (float)fb2, (float)damp, spread);
        for (var n = 0; n < frames; n++)
        {
            Assert.Equal(expectedLeft[n], output[0][n], 1e-5);
            Assert.Equal(expectedRight[n], output[1][n], 1e-5);
        }

        Assert.True(Measure.Rms(output[0].AsSpan(6000)) > 1, "the reference comparison saw a real tail");
    }

    [Fact]
    public void Freeverb_Tail_DecaysWindowByWindowAndIsInaudibleAfterTenSeconds()
    {
        const int window = Rate / 10;
        var frames = (int)(10.1 * Rate);
        var output = new KernelHarness(new FreeverbNode())
            .Feed("left", DelaySignals.Impulse(frames))
            .Render(frames, block: 4096);

        Assert.True(DelaySignals.AllFinite(output[0]) && DelaySignals.AllFinite(output[1]));
        var energies = new List<double>();
        for (var start = 0; start + window <= frames; start += window)
        {
            energies.Add(Energy(output[0].AsSpan(start, window)) + Energy(output[1].AsSpan(start, window)));
        }

        // Strictly decreasing from 200 ms on, for as long as the tail is above -200 dB (float output
        // rounds below that).
        var checkedWindows = 0;
        for (var w = 3; w < energies.Count && energies[w - 1] > window * 1e-20; w++, checkedWindows++)
        {
            Assert.True(energies[w] < energies[w - 1], $"window {w}: {energies[w]:E3} >= {energies[w - 1]:E3}");
        }

        Assert.True(checkedWindows >= 20, $"only {checkedWindows} windows were above -200 dB");
        var last = output[0].AsSpan(10 * Rate, window);
        Assert.True(Measure.Rms(last) < 1e-5, $"at 10 s: {Measure.Db(Measure.Rms(last)):F1} dB");
    }

    [Fact]
    public void Freeverb_LeftAndRightTails_AreDecorrelated()
    {
        var frames = 2 * Rate;
        var output = new KernelHarness(new FreeverbNode())
            .Feed("left", DelaySignals.Impulse(frames))
            .Render(frames, block: 4096);

        var l = output[0].AsSpan(Rate / 5);
        var r = output[1].AsSpan(Rate / 5);
        double lr = 0, ll = 0, rr = 0;
        for (var i = 0; i < l.Length; i++)
        {
            lr += l[i] * (double)r[i];
            ll += l[i] * (double)l[i];
            rr += r[i] * (double)r[i];
        }

        var correlation = lr / Math.Sqrt(ll * rr);
        Assert.InRange(correlation, -0.5, 0.5);
        Assert.True(ll > 0 && rr > 0);
    }

    [Fact]
    public void Freeverb_AfterAnImpulseAndTwentySecondsOfSilence_StateHoldsNoSubnormalsAndOutputIsExactlyZero()
    {
        var frames = 20 * Rate;
        var harness = new KernelHarness(new FreeverbNode())
            .Feed("left", DelaySignals.Impulse(frames + Rate))
            .Feed("right", DelaySignals.Impulse(frames + Rate, at: frames, amplitude: -0.3f));
        var output = harness.Render(frames, block: 4096);

        // Unflushed, the tail would still hold values near 1e-50 here (float output rounds them to 0):
        // apart from ring indices, offsets and counters, which are whole numbers, every slot must be exactly zero.
        foreach (var value in harness.State)
        {
            Assert.False(double.IsSubnormal(value), $"subnormal {value:E3} in state");
            Assert.True(value == 0 || (value >= 1 && value == Math.Floor(value)), $"{value:E3} left in state");
        }

        Assert.Equal(0, Measure.Peak(output[0].AsSpan(frames - Rate)));
        Assert.Equal(0, Measure.Peak(output[1].AsSpan(frames - Rate)));

        // Flushed to zero (and idle), the reverb answers a new impulse exactly as a fresh one does.
        var again = harness.Render(Rate, block: 4096, offset: frames);
        var fresh = new KernelHarness(new FreeverbNode())
            .Feed("right", DelaySignals.Impulse(Rate, amplitude: -0.3f))
            .Render(Rate, block: 4096);
        Assert.Equal(fresh[0], again[0]);
        Assert.Equal(fresh[1], again[1]);
        Assert.True(Measure.Peak(again[0]) > 0.01);
    }

    private static double Energy(ReadOnlySpan<float> x)
    {
        double sum = 0;
        foreach (var v in x)
        {
            sum += v * (double)v;
        }

        return sum;
    }
}
