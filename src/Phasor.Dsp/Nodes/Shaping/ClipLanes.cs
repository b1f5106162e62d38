using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="ClipNode"/>: <see cref="ClipTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class ClipLanes
{
    /// <summary>No state.</summary>
    public struct State
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Load(ref State lanes, ref ClipTick.State voice, int lane)
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Store(ref State lanes, ref ClipTick.State voice, int lane)
    {
    }

    /// <summary>One frame of every voice. ClipNode.Clip: the float magnitude of the limit on both sides.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> limit, out Vector512<double> @out) =>
        @out = Vector512.Min(Vector512.Max(@in, -Vector512.Abs(limit)), Vector512.Abs(limit));
}
