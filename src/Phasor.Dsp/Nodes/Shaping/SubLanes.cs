using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="SubNode"/>: <see cref="SubTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class SubLanes
{
    /// <summary>No state.</summary>
    public struct State
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Load(ref State lanes, ref SubTick.State voice, int lane)
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Store(ref State lanes, ref SubTick.State voice, int lane)
    {
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> a, Vector512<double> b, out Vector512<double> @out) =>
        @out = Lanes.RoundToSingle(a - b);
}
