using Phasor.Audio.Reference;
using Phasor.Compile.Il;
using Phasor.Graph;
using Phasor.Graph.Execution;
using Phasor.Graph.Model;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>Renders a patch through the reference backend and the IL backend and reports how far apart they are.</summary>
public static class Differential
{
    /// <summary>Largest |il - reference| / max(1, |reference|) over every channel and frame; <paramref name="spans"/> as the IL backend takes it.</summary>
    public static double MaxError(Patch patch, int frames, int block, double rate = 48000, bool? lanes = null, bool spans = true)
    {
        var plan = Planner.Plan(patch, new PlanOptions(rate, block));
        var reference = Render(new ReferenceBackend(plan), frames, block);
        var compiled = Render(new IlBackend(plan, lanes, spans: spans), frames, block);
        double worst = 0;
        for (var c = 0; c < reference.Length; c++)
        {
            for (var i = 0; i < frames; i++)
            {
                var r = reference[c][i];
                var d = Math.Abs(compiled[c][i] - r) / Math.Max(1, Math.Abs(r));
                worst = double.IsNaN(d) ? double.PositiveInfinity : Math.Max(worst, d);
            }
        }

        return worst;
    }

    public static float[][] Render(IGraphKernel kernel, int frames, int block)
    {
        var output = new float[kernel.Channels][];
        for (var c = 0; c < output.Length; c++)
        {
            output[c] = new float[frames];
        }

        for (var done = 0; done < frames; done += block)
        {
            var n = Math.Min(block, frames - done);
            kernel.Process(n);
            for (var c = 0; c < output.Length; c++)
            {
                kernel.Output(c).CopyTo(output[c].AsSpan(done, n));
            }
        }

        return output;
    }

    public static Patch Load(string json)
    {
        var result = PatchLoader.Load(json, "test.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Patch!;
    }
}
