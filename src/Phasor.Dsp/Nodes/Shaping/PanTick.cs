using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="PanNode"/>: the channel gains are recomputed only when the position changes.</summary>
public static class PanTick
{
    /// <summary>The last position seen and its gains.</summary>
    public struct State
    {
        /// <summary>Position of the cached gains (NaN before the first frame).</summary>
        public float Pos;

        /// <summary>Left gain for <see cref="Pos"/>.</summary>
        public double Left;

        /// <summary>Right gain for <see cref="Pos"/>.</summary>
        public double Right;
    }

    /// <summary>No gains cached yet.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.Pos = float.NaN;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float pos, out float left, out float right)
    {
        if (pos != s.Pos)
        {
            Update(ref s, pos);
        }

        left = (float)(@in * s.Left);
        right = (float)(@in * s.Right);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, float pos)
    {
        s.Pos = pos;
        PanNode.Gains(pos, out s.Left, out s.Right);
    }
}
