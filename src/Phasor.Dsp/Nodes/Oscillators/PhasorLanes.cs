using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The lane form of <see cref="PhasorNode"/>: <see cref="PhasorTick"/> for <see cref="Lanes.Count"/> voices at once; also
/// the vector forms of the phase arithmetic the simple oscillators share.
/// </summary>
public static class PhasorLanes
{
    /// <summary>The fields of <see cref="PhasorTick.State"/>, one voice per element.</summary>
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
    public static void Load(ref State lanes, ref PhasorTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Phase, lane) = voice.Phase;
        Lanes.At(ref lanes.LastSync, lane) = voice.LastSync;
        Lanes.At(ref lanes.InvRate, lane) = voice.InvRate;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref PhasorTick.State voice, int lane)
    {
        voice.Phase = Lanes.At(ref lanes.Phase, lane);
        voice.LastSync = (float)Lanes.At(ref lanes.LastSync, lane);
        voice.InvRate = Lanes.At(ref lanes.InvRate, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> freq, Vector512<double> pm, Vector512<double> sync, out Vector512<double> @out)
    {
        var phase = SyncPhase(s.Phase, sync, ref s.LastSync);
        var p = phase + pm;
        var value = Lanes.RoundToSingle(p - Vector512.Floor(p));

        // A phase a hair below 1 rounds up to 1f; keep the documented half-open range.
        @out = Vector512.ConditionalSelect(Vector512.LessThan(value, Vector512.Create(1.0)), value, Vector512<double>.Zero);
        s.Phase = Advance(phase, freq * s.InvRate);
    }

    /// <summary><see cref="OscillatorPorts.SyncPhase"/> on every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> SyncPhase(Vector512<double> phase, Vector512<double> sync, ref Vector512<double> lastSync)
    {
        var rising = Vector512.GreaterThan(sync, Vector512<double>.Zero) & Vector512.LessThanOrEqual(lastSync, Vector512<double>.Zero);
        lastSync = sync;
        return Vector512.ConditionalSelect(rising, Vector512<double>.Zero, phase);
    }

    /// <summary><see cref="Dsp.Phase.Advance"/> on every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> Advance(Vector512<double> phase, Vector512<double> increment)
    {
        phase += increment;
        var wrap = Vector512.GreaterThanOrEqual(phase, Vector512.Create(1.0)) | Vector512.LessThan(phase, Vector512<double>.Zero);
        return Vector512.ConditionalSelect(wrap, phase - Vector512.Floor(phase), phase);
    }
}
