using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The per-sample form of <see cref="SampleHoldNode"/>.</summary>
public static class SampleHoldTick
{
    /// <summary>The held value and the trigger of the previous frame.</summary>
    public struct State
    {
        /// <summary>The last sampled input.</summary>
        public float Held;

        /// <summary>Trigger of the previous frame.</summary>
        public float LastTrig;
    }

    /// <summary>Holds 0.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float trig, out float @out)
    {
        if (trig > 0f && s.LastTrig <= 0f)
        {
            s.Held = @in;
        }

        s.LastTrig = trig;
        @out = s.Held;
    }
}
