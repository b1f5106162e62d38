using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="XfadeNode"/>: the gains are recomputed only when the mix changes.</summary>
public static class XfadeTick
{
    /// <summary>The last mix seen and its gains.</summary>
    public struct State
    {
        /// <summary>Mix of the cached gains (NaN before the first frame).</summary>
        public float Mix;

        /// <summary>Gain of a for <see cref="Mix"/>.</summary>
        public double A;

        /// <summary>Gain of b for <see cref="Mix"/>.</summary>
        public double B;
    }

    /// <summary>No gains cached yet.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.Mix = float.NaN;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float a, float b, float mix, out float @out)
    {
        if (mix != s.Mix)
        {
            Update(ref s, mix);
        }

        @out = (float)((a * s.A) + (b * s.B));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, float mix)
    {
        s.Mix = mix;
        XfadeNode.Gains(mix, out s.A, out s.B);
    }
}
