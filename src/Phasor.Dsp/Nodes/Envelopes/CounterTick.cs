using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The per-sample form of <see cref="CounterNode"/>.</summary>
public static class CounterTick
{
    /// <summary>The count, the previous edges' inputs, and the rounded max.</summary>
    public struct State
    {
        /// <summary>The count.</summary>
        public double Count;

        /// <summary>Trigger of the previous frame.</summary>
        public float LastTrig;

        /// <summary>Reset of the previous frame.</summary>
        public float LastReset;

        /// <summary>The max input <see cref="Wrap"/> was rounded from (NaN before the first frame).</summary>
        public float Max;

        /// <summary>Rounded max; 0 or below counts without limit.</summary>
        public double Wrap;
    }

    /// <summary>Count 0, no max cached.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.Max = float.NaN;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float trig, float reset, float max, out float @out)
    {
        if (max != s.Max)
        {
            s.Max = max;
            s.Wrap = Math.Round((double)max);
        }

        if (reset > 0f && s.LastReset <= 0f)
        {
            s.Count = 0;
        }
        else if (trig > 0f && s.LastTrig <= 0f)
        {
            var count = s.Count + 1;
            s.Count = s.Wrap > 0 && count >= s.Wrap ? 0 : count;
        }

        s.LastTrig = trig;
        s.LastReset = reset;
        @out = (float)s.Count;
    }
}
