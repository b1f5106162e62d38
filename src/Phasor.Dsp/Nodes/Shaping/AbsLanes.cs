using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="AbsNode"/>: <see cref="AbsTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class AbsLanes
{
    /// <summary>No state.</summary>
    public struct State
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Load(ref State lanes, ref AbsTick.State voice, int lane)
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Store(ref State lanes, ref AbsTick.State voice, int lane)
    {
    }

    /// <summary>One frame of every voice. The magnitude of a float is a float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, out Vector512<double> @out) =>
        @out = Vector512.Abs(@in);
}
