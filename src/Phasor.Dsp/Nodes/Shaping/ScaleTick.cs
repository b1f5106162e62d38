using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="ScaleNode"/>: the slope is recomputed only when a range bound changes.</summary>
public static class ScaleTick
{
    /// <summary>The last range bounds seen and their slope; all zero (an empty range, slope 0) is consistent.</summary>
    public struct State
    {
        /// <summary>inMin of the cached slope.</summary>
        public float InMin;

        /// <summary>inMax of the cached slope.</summary>
        public float InMax;

        /// <summary>outMin of the cached slope.</summary>
        public float OutMin;

        /// <summary>outMax of the cached slope.</summary>
        public float OutMax;

        /// <summary>Slope for the cached bounds.</summary>
        public double Slope;
    }

    /// <summary>The zeroed state is already consistent.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float inMin, float inMax, float outMin, float outMax, out float @out)
    {
        if (inMin != s.InMin || inMax != s.InMax || outMin != s.OutMin || outMax != s.OutMax)
        {
            s = Update(s, inMin, inMax, outMin, outMax);
        }

        @out = ScaleNode.Map(@in, inMin, outMin, s.Slope);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static State Update(State s, float inMin, float inMax, float outMin, float outMax)
    {
        s.InMin = inMin;
        s.InMax = inMax;
        s.OutMin = outMin;
        s.OutMax = outMax;
        s.Slope = ScaleNode.Slope(inMin, inMax, outMin, outMax);

        return s;
    }
}
