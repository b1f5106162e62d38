using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Envelopes;

/// <summary>
/// Renders one kernel with block sizes 1, 7 and 128 and checks the results agree exactly: a render must not depend on
/// how the backend splits it. Shared by the envelope and monitor families.
/// </summary>
internal static class BlockSizeInvariance
{
    private const int Frames = 3000;
    private static readonly int[] s_blocks = [1, 7, 128];

    public static TheoryData<string> TypesOf(string category)
    {
        var data = new TheoryData<string>();
        foreach (var kernel in NodeLibrary.All)
        {
            if (kernel.Spec.Category == category)
            {
                data.Add(kernel.Spec.Type);
            }
        }

        return data;
    }

    /// <summary>
    /// With <paramref name="stimulate"/>, every audio-rate input gets its own wobbling signal that crosses zero (so gates and
    /// triggers fire); control-rate outputs then legitimately depend on the block size, so only the state is compared for them.
    /// </summary>
    public static void AssertBlockSizeInvariant(string type, bool stimulate)
    {
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == type);
        var runs = s_blocks.Select(block => Run(kernel, block, stimulate)).ToArray();
        var compareOutputs = !stimulate || kernel.Spec.Outputs.All(o => o.Rate == PortRate.Audio);
        foreach (var (outputs, state) in runs)
        {
            Assert.All(outputs, o => Assert.All(o, v => Assert.True(float.IsFinite(v), $"{type} rendered {v}")));
            Assert.Equal(runs[0].State, state);
            if (compareOutputs)
            {
                for (var o = 0; o < outputs.Length; o++)
                {
                    Assert.Equal(runs[0].Outputs[o], outputs[o]);
                }
            }
        }
    }

    private static (float[][] Outputs, double[] State) Run(NodeKernel kernel, int block, bool stimulate)
    {
        var parameters = new Dictionary<string, ParamValue>();
        foreach (var p in kernel.Spec.Parameters)
        {
            if (p.Required)
            {
                parameters[p.Name] = p.Kind == ParamKind.NumberList ? ParamValue.Of([1.0, -2.0, 3.5]) : ParamValue.Of(p.Default);
            }
        }

        var harness = new KernelHarness(kernel, 48000, parameters: parameters);
        if (stimulate)
        {
            for (var i = 0; i < kernel.Spec.Inputs.Count; i++)
            {
                var port = kernel.Spec.Inputs[i];
                if (port.Rate == PortRate.Audio)
                {
                    harness.Feed(port.Name, Measure.Sine(37.0 * (i + 1), 48000, Frames, 0.8).Select((v, n) => v + (0.3f * MathF.Sin(n * 0.05f))).ToArray());
                }
            }
        }

        var outputs = harness.Render(Frames, block);
        return (outputs, harness.State.ToArray());
    }
}
