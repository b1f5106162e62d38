using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes;
using Phasor.Dsp.Nodes.Filters;
using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Filters.FilterResponse;

namespace Phasor.Dsp.Tests.Nodes.Filters;

/// <summary>Properties every filter must have: block-size invariance, no stale coefficients, state that decays to exact zero.</summary>
public sealed class FilterFamilyTests
{
    /// <summary>Port settings that make every mode audible: resonance, and gain for peak and shelves.</summary>
    private static readonly Dictionary<string, double> s_settings = new() { ["q"] = 2, ["db"] = 6 };

    /// <summary>Every filter kernel, biquad once per mode; the string names the case in test output.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string> { "onepole", "svf", "ladder", "dcblock" };
        foreach (var mode in new BiquadNode().Spec.Parameter("mode")!.Choices!)
        {
            data.Add("biquad:" + mode);
        }

        return data;
    }

    [Fact]
    public void Filters_AreAllRegisteredUnderTheFiltersCategory()
    {
        var types = NodeLibrary.All.Where(k => k.Spec.Category == "Filters").Select(k => k.Spec.Type).Order();

        Assert.Equal(["biquad", "dcblock", "ladder", "onepole", "svf"], types);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Filter_RenderIsFiniteAndBlockSizeInvariant(string name)
    {
        var noise = Noise(3000, 1);
        var sweep = Sweep(3000);
        float[]? reference = null;
        foreach (var block in new[] { 1, 7, 128 })
        {
            var h = Make(name).Feed("in", noise);
            var constant = Flatten(h.Render(1500, block));
            if (h.Spec.InputIndex("cutoff") >= 0)
            {
                h.Feed("cutoff", sweep);
            }

            var swept = Flatten(h.Render(1500, block, offset: 1500));
            var all = constant.Concat(swept).ToArray();
            Assert.All(all, v => Assert.True(float.IsFinite(v)));
            Assert.True(Measure.Peak(all) > 1e-3, "the filter should pass some of the noise");
            reference ??= all;
            Assert.Equal(reference, all);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Filter_AudioRateCutoffSweep_RendersAsPerSampleConstantCalls(string name)
    {
        const int Frames = 2000;
        var noise = Noise(Frames, 2);
        var sweep = Sweep(Frames);
        if (Make(name).Spec.InputIndex("cutoff") < 0)
        {
            return;
        }

        var swept = Flatten(Make(name).Feed("in", noise).Feed("cutoff", sweep).Render(Frames));
        var stepped = Make(name).Feed("in", noise);
        var outputs = stepped.Spec.Outputs.Count;
        for (var i = 0; i < Frames; i++)
        {
            var frame = stepped.Set("cutoff", sweep[i]).Render(1, 1, offset: i);
            for (var o = 0; o < outputs; o++)
            {
                Assert.Equal(swept[(o * Frames) + i], frame[o][0]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Filter_AfterImpulseAndTenSecondsOfSilence_StateIsExactlyZero(string name)
    {
        var impulse = new float[128];
        impulse[0] = 1;
        var h = Make(name).Feed("in", impulse);
        Assert.True(Measure.Peak(Flatten(h.Render(128))) > 1e-3, "the impulse should excite the filter");
        RenderSilence(h, (int)(10 * Rate));

        // A fresh node fed silence holds the same coefficients and all-zero memories.
        var fresh = Make(name);
        fresh.Render(1);
        Assert.DoesNotContain(h.State.ToArray(), double.IsSubnormal);
        Assert.Equal(fresh.State.ToArray(), h.State.ToArray());
    }

    /// <summary>Drives the kernel directly with silence at the ports' settings; the harness's per-sample NaN checks would dominate 10 s of audio.</summary>
    private static void RenderSilence(KernelHarness h, int frames)
    {
        const int Block = 128;
        var spec = h.Spec;
        var inputs = new float[spec.Inputs.Count][];
        for (var i = 0; i < inputs.Length; i++)
        {
            var name = spec.Inputs[i].Name;
            inputs[i] = new float[Block];
            Array.Fill(inputs[i], name == "in" ? 0f : (float)(s_settings.TryGetValue(name, out var v) ? v : spec.Inputs[i].Default));
        }

        var outputs = spec.Outputs.Select(_ => new float[Block]).ToArray();
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == spec.Type);
        for (var done = 0; done < frames; done += Block)
        {
            kernel.Process(new NodeBlock(inputs, outputs, h.State, 0, Block, (1UL << inputs.Length) - 1, Rate));
        }
    }

    private static KernelHarness Make(string name)
    {
        var parts = name.Split(':');
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == parts[0]);
        var h = Harness(kernel, parts.Length > 1 ? parts[1] : null);
        foreach (var (port, value) in s_settings)
        {
            if (kernel.Spec.InputIndex(port) >= 0)
            {
                h.Set(port, value);
            }
        }

        return h;
    }

    private static float[] Noise(int frames, int seed)
    {
        var random = new Random(seed);
        var x = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            x[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return x;
    }

    /// <summary>An exponential sweep from 100 Hz to 10 kHz and back, as an envelope would drive it.</summary>
    private static float[] Sweep(int frames)
    {
        var x = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            var t = 1 - Math.Abs((2.0 * i / frames) - 1);
            x[i] = (float)(100 * Math.Pow(100, t));
        }

        return x;
    }

    private static float[] Flatten(float[][] outputs) => outputs.SelectMany(o => o).ToArray();
}
