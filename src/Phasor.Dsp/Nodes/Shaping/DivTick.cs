using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="DivNode"/>: the quotient a / b (0 where a float cannot carry it), through the kernel's own formula.</summary>
public static class DivTick
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
    public static void Tick(ref State s, float a, float b, out float @out) => @out = (float)DivNode.Operation.Apply(a, b);
}
