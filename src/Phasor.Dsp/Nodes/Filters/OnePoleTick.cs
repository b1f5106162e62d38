using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>The per-sample form of <see cref="OnePoleNode"/>: the prewarped gain is recomputed only when the cutoff changes.</summary>
public static class OnePoleTick
{
    /// <summary>The integrator, its gain, and the cutoff the gain was computed from.</summary>
    public struct State
    {
        /// <summary>Integrator state.</summary>
        public double S;

        /// <summary>Integrator gain G = g/(1+g) for <see cref="Cutoff"/>.</summary>
        public double G;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;

        /// <summary>The cutoff input of the cached gain (NaN before the first frame).</summary>
        public float Cutoff;
    }

    /// <summary>Reads the sample rate; the gain is computed on the first frame.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Cutoff = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float cutoff, out float lp, out float hp)
    {
        if (cutoff != s.Cutoff)
        {
            Design(ref s, cutoff);
        }

        double x = @in;
        var v = (x - s.S) * s.G;
        var low = v + s.S;
        s.S = Denormals.Flush(low + v);
        lp = (float)low;
        hp = (float)(x - low);
    }

    /// <summary>Caches the gain for <paramref name="cutoff"/>; kept out of line so the tick stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Design(ref State s, float cutoff)
    {
        s.Cutoff = cutoff;
        s.G = OnePoleNode.Gain(cutoff, s.Rate);
    }
}
