using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The lane form of <see cref="SquareNode"/>: <see cref="SquareTick"/> for <see cref="Lanes.Count"/> voices at once, through <see cref="BlepLanes"/>.</summary>
public static class SquareLanes
{
    /// <summary>The band-limited oscillator's state, one voice per element.</summary>
    public struct State
    {
        /// <summary><see cref="SquareTick.State.Voice"/> of every voice.</summary>
        public BlepLaneVoice Voice;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref SquareTick.State voice, int lane) => BlepLanes.Load(ref lanes.Voice, ref voice.Voice, lane);

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref SquareTick.State voice, int lane) => BlepLanes.Store(ref lanes.Voice, ref voice.Voice, lane);

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> freq, Vector512<double> pm, Vector512<double> sync, out Vector512<double> @out) =>
        @out = BlepLanes.Tick<SquareNode.Shape>(ref s.Voice, freq, pm, sync, Vector512.Create(0.5));
}
