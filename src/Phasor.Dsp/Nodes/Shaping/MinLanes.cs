using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="MinNode"/>: <see cref="MinTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class MinLanes
{
    /// <summary>No state.</summary>
    public struct State
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Load(ref State lanes, ref MinTick.State voice, int lane)
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Store(ref State lanes, ref MinTick.State voice, int lane)
    {
    }

    /// <summary>One frame of every voice. Math.Min picks one of two float values, so no rounding is needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> a, Vector512<double> b, out Vector512<double> @out) =>
        @out = Vector512.Min(a, b);
}
