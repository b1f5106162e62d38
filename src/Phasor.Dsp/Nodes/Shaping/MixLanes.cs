using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="MixNode"/>: <see cref="MixTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class MixLanes
{
    /// <summary>No state.</summary>
    public struct State
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Load(ref State lanes, ref MixTick.State voice, int lane)
    {
    }

    /// <summary>Nothing to copy.</summary>
    public static void Store(ref State lanes, ref MixTick.State voice, int lane)
    {
    }

    /// <summary>One frame of every voice. Seven float sums, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> in1, Vector512<double> in2, Vector512<double> in3, Vector512<double> in4, Vector512<double> in5, Vector512<double> in6, Vector512<double> in7, Vector512<double> in8, out Vector512<double> @out)
    {
        var sum = Lanes.RoundToSingle(in1 + in2);
        sum = Lanes.RoundToSingle(sum + in3);
        sum = Lanes.RoundToSingle(sum + in4);
        sum = Lanes.RoundToSingle(sum + in5);
        sum = Lanes.RoundToSingle(sum + in6);
        sum = Lanes.RoundToSingle(sum + in7);
        @out = Lanes.RoundToSingle(sum + in8);
    }
}
