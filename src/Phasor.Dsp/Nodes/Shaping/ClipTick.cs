using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="ClipNode"/>: the kernel's hard clip, one frame at a time.</summary>
public static class ClipTick
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
    public static void Tick(ref State s, float @in, float limit, out float @out) => @out = ClipNode.Clip(@in, limit);
}
