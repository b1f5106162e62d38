using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The lane form of <see cref="SineNode"/>: <see cref="SineTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class SineLanes
{
    /// <summary>The fields of <see cref="SineTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>Phase in [0, 1).</summary>
        public Vector512<double> Phase;

        /// <summary>Sync input of the previous frame.</summary>
        public Vector512<double> LastSync;

        /// <summary>Seconds per frame.</summary>
        public Vector512<double> InvRate;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref SineTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Phase, lane) = voice.Phase;
        Lanes.At(ref lanes.LastSync, lane) = voice.LastSync;
        Lanes.At(ref lanes.InvRate, lane) = voice.InvRate;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref SineTick.State voice, int lane)
    {
        voice.Phase = Lanes.At(ref lanes.Phase, lane);
        voice.LastSync = (float)Lanes.At(ref lanes.LastSync, lane);
        voice.InvRate = Lanes.At(ref lanes.InvRate, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> freq, Vector512<double> pm, Vector512<double> sync, out Vector512<double> @out)
    {
        var phase = PhasorLanes.SyncPhase(s.Phase, sync, ref s.LastSync);
        @out = Lanes.RoundToSingle(FastMath.SinCycles(phase + pm));
        s.Phase = PhasorLanes.Advance(phase, freq * s.InvRate);
    }
}
