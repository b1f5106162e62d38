using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="AbsNode"/>: the absolute value, through the kernel's own formula.</summary>
public static class AbsTick
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
    public static void Tick(ref State s, float @in, out float @out) => @out = (float)AbsNode.Operation.Apply(@in);
}
