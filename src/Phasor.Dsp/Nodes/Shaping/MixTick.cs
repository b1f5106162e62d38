using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The per-sample form of <see cref="MixNode"/>: the float sum in port order. The kernel skips silent constant
/// inputs; adding their zeros here gives the same sum (up to the sign of a zero result).
/// </summary>
public static class MixTick
{
    /// <summary>No state.</summary>
    public struct State
    {
    }

    /// <summary>Nothing to set up.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float in1, float in2, float in3, float in4, float in5, float in6, float in7, float in8, out float @out) =>
        @out = in1 + in2 + in3 + in4 + in5 + in6 + in7 + in8;
}
