using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>The per-sample form of <see cref="SvfNode"/>: g, k and a1 are recomputed only when cutoff or q change.</summary>
public static class SvfTick
{
    /// <summary>The two integrators, the cached coefficients and the inputs they were computed from.</summary>
    public struct State
    {
        /// <summary>First integrator.</summary>
        public double Ic1;

        /// <summary>Second integrator.</summary>
        public double Ic2;

        /// <summary>Prewarped integrator gain.</summary>
        public double G;

        /// <summary>Damping 1/q.</summary>
        public double K;

        /// <summary>1/(1 + g·(g + k)), the solution of the zero-delay loop.</summary>
        public double A1;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;

        /// <summary>The cutoff input of the cached coefficients (NaN before the first frame).</summary>
        public float Cutoff;

        /// <summary>The q input of the cached coefficients.</summary>
        public float Q;
    }

    /// <summary>Reads the sample rate; the coefficients are computed on the first frame.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Cutoff = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float cutoff, float q, out float low, out float high, out float band, out float notch)
    {
        if (cutoff != s.Cutoff || q != s.Q)
        {
            Design(ref s, cutoff, q);
        }

        double x = @in;
        var (ic1, ic2) = (s.Ic1, s.Ic2);
        var v3 = x - ic2;
        var v1 = s.A1 * ((s.G * v3) + ic1);
        var v2 = ic2 + (s.G * v1);
        s.Ic1 = Denormals.Flush((2.0 * v1) - ic1);
        s.Ic2 = Denormals.Flush((2.0 * v2) - ic2);
        var hp = x - (s.K * v1) - v2;
        low = (float)v2;
        high = (float)hp;
        band = (float)(s.K * v1);
        notch = (float)(v2 + hp);
    }

    /// <summary>Caches the coefficients for <paramref name="cutoff"/> and <paramref name="q"/>; kept out of line so the tick stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Design(ref State s, float cutoff, float q)
    {
        (s.Cutoff, s.Q) = (cutoff, q);
        SvfNode.Design(cutoff, q, s.Rate, out s.G, out s.K, out s.A1);
    }
}
