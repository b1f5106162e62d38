using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="ClampNode"/>: <see cref="ClampTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class ClampLanes
{
    /// <summary>No state.</summary>
    public struct State
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Load(ref State lanes, ref ClampTick.State voice, int lane)
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Store(ref State lanes, ref ClampTick.State voice, int lane)
    {
    }

    /// <summary>One frame of every voice. ClampNode.Clamp: MathF.Max then MathF.Min, on float values held as doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> min, Vector512<double> max, out Vector512<double> @out) =>
        @out = Vector512.Min(Vector512.Max(@in, min), max);
}
