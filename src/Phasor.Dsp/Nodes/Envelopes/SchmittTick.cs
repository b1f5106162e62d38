using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The per-sample form of <see cref="SchmittNode"/>.</summary>
public static class SchmittTick
{
    /// <summary>Whether the trigger is on.</summary>
    public struct State
    {
        /// <summary>1 while on.</summary>
        public int On;
    }

    /// <summary>Starts off.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float high, float low, out float @out)
    {
        var on = s.On != 0;
        if (on ? @in < low : @in > high)
        {
            on = !on;
            s.On = on ? 1 : 0;
        }

        @out = on ? 1f : 0f;
    }
}
