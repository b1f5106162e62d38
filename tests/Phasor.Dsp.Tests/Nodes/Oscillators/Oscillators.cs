using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes;

namespace Phasor.Dsp.Tests.Nodes.Oscillators;

/// <summary>The kernels of the Oscillators family, looked up by type name in the public library.</summary>
internal static class Oscillators
{
    public const string Category = "Oscillators";

    public static IEnumerable<NodeKernel> All => NodeLibrary.All.Where(k => k.Spec.Category == Category);

    public static NodeKernel Kernel(string type) => All.Single(k => k.Spec.Type == type);

    /// <summary>A one-sample pulse every <paramref name="period"/> frames, starting at frame 0: a rising edge per period.</summary>
    public static float[] PulseTrain(int period, int frames)
    {
        var x = new float[frames];
        for (var i = 0; i < frames; i += period)
        {
            x[i] = 1;
        }

        return x;
    }

    public static double Mean(ReadOnlySpan<float> x)
    {
        double sum = 0;
        foreach (var v in x)
        {
            sum += v;
        }

        return sum / x.Length;
    }
}
