using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Monitors;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Monitors;

public sealed class ScopeNodeTests
{
    private const int Length = 1024;

    [Fact]
    public void Scope_PublishesSixtyTimesPerSecond()
    {
        var harness = Scope(out var input, 48000 + 300);
        harness.Render(48000 + 300, 100);

        // round(48000 / 60) = 800 samples apart: 60 publications in a second, none more in the next 300 samples.
        Assert.Equal(60, harness.State[ScopeNode.Layout.PublishCount]);
        Assert.Equal(800, harness.State[ScopeNode.Layout.Interval]);
    }

    [Fact]
    public void Scope_PublishedWindow_IsTheLastLengthSamplesOldestFirst()
    {
        var harness = Scope(out var input, 48000 + 300);
        harness.Render(48000 + 300, 100);
        var count = (int)harness.State[ScopeNode.Layout.PublishCount];

        // The 60th publication happened after sample 47999 and sits in window 60 mod 2.
        var window = Window(harness.State, count % 2);
        Assert.Equal(input.AsSpan(48000 - Length, Length).ToArray(), window);

        // The 59th, still intact in the other window, ends 800 samples earlier.
        Assert.Equal(input.AsSpan(48000 - 800 - Length, Length).ToArray(), Window(harness.State, (count - 1) % 2));
    }

    [Fact]
    public void Scope_FirstWindow_IsPaddedWithSilenceBeforeTheFirstSample()
    {
        var harness = Scope(out var input, 900);
        harness.Render(900, 64);

        var window = Window(harness.State, 1);
        Assert.Equal(1, harness.State[ScopeNode.Layout.PublishCount]);
        Assert.All(window[..(Length - 800)], v => Assert.Equal(0f, v));
        Assert.Equal(input[..800], window[(Length - 800)..]);
    }

    private static KernelHarness Scope(out float[] input, int frames)
    {
        var noise = new Random(7);
        input = Enumerable.Range(0, frames).Select(_ => (float)((noise.NextDouble() * 2) - 1)).ToArray();
        var harness = new KernelHarness(new ScopeNode(), parameters: new Dictionary<string, ParamValue> { ["length"] = ParamValue.Of(Length) });
        harness.Feed("in", input);
        return harness;
    }

    private static float[] Window(Span<double> state, int parity)
    {
        var window = state.Slice(ScopeNode.Layout.Window(Length, parity), Length);
        var copy = new float[Length];
        for (var i = 0; i < Length; i++)
        {
            copy[i] = (float)window[i];
        }

        return copy;
    }
}
