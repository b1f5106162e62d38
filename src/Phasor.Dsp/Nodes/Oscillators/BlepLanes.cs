using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// <see cref="BlepOscillator.Tick{TShape}"/> for <see cref="Lanes.Count"/> voices at once, shared by the band-limited
/// oscillators' lane forms. The per-frame path (phase motion, naive value, tap shift) is vector code; the band-limiting
/// of an edge runs out of line with the scalar code, on the voices that pass one; a frame where some voice starts
/// or is synced runs every voice through the scalar tick.
/// </summary>
internal static class BlepLanes
{
    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref BlepLaneVoice lanes, ref BlepVoice voice, int lane)
    {
        Lanes.At(ref lanes.Phase, lane) = voice.Phase;
        Lanes.At(ref lanes.Increment, lane) = voice.Increment;
        Lanes.At(ref lanes.LastPm, lane) = voice.LastPm;
        Lanes.At(ref lanes.LastSync, lane) = voice.LastSync;
        Lanes.At(ref lanes.LastWidth, lane) = voice.LastWidth;
        Lanes.At(ref lanes.Older, lane) = voice.Taps.Older;
        Lanes.At(ref lanes.Old, lane) = voice.Taps.Old;
        Lanes.At(ref lanes.Now, lane) = voice.Taps.Now;
        Lanes.At(ref lanes.Next, lane) = voice.Taps.Next;
        Lanes.At(ref lanes.InvRate, lane) = voice.InvRate;
        Lanes.At(ref lanes.Started, lane) = voice.Started;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref BlepLaneVoice lanes, ref BlepVoice voice, int lane)
    {
        voice.Phase = Lanes.At(ref lanes.Phase, lane);
        voice.Increment = Lanes.At(ref lanes.Increment, lane);
        voice.LastPm = Lanes.At(ref lanes.LastPm, lane);
        voice.LastSync = Lanes.At(ref lanes.LastSync, lane);
        voice.LastWidth = Lanes.At(ref lanes.LastWidth, lane);
        voice.Taps.Older = Lanes.At(ref lanes.Older, lane);
        voice.Taps.Old = Lanes.At(ref lanes.Old, lane);
        voice.Taps.Now = Lanes.At(ref lanes.Now, lane);
        voice.Taps.Next = Lanes.At(ref lanes.Next, lane);
        voice.InvRate = Lanes.At(ref lanes.InvRate, lane);
        voice.Started = (int)Lanes.At(ref lanes.Started, lane);
    }

    /// <summary>One frame of every voice; the vector form of <see cref="BlepOscillator.Tick{TShape}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Tick<TShape>(ref BlepLaneVoice v, Vector512<double> freq, Vector512<double> pm, Vector512<double> sync, Vector512<double> width)
        where TShape : struct, ILaneWaveShape
    {
        var zero = Vector512<double>.Zero;
        var starting = Vector512.Equals(v.Started, zero);
        var resync = Vector512.GreaterThan(sync, zero) & Vector512.LessThanOrEqual(v.LastSync, zero);
        if (Lanes.Any(starting | resync))
        {
            return ScalarFrame<TShape>(ref v, freq, pm, sync, width);
        }

        var w = TShape.UsesWidth ? ClampWidth(width) : Vector512.Create(0.5);
        var speed = v.Increment + (pm - v.LastPm);
        var end = v.Phase + speed;
        var edges = Vector512.LessThan(Vector512.Abs(speed), Vector512.Create(1.0)) & TShape.MayBandlimit(v.Phase, end, v.LastWidth, w);
        if (Lanes.Any(edges))
        {
            Bandlimit<TShape>(ref v, edges, end, w, speed);
        }

        var phase = end - Vector512.Floor(end);
        var output = Lanes.RoundToSingle(v.Older);
        v.Older = v.Old;
        v.Old = TShape.Value(phase, w) + v.Now;
        v.Now = v.Next;
        v.Next = zero;
        v.Phase = phase;
        v.Increment = freq * v.InvRate;
        v.LastPm = pm;
        v.LastSync = sync;
        v.LastWidth = w;
        return output;
    }

    /// <summary><see cref="BlepOscillator.ClampWidth"/> on every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ClampWidth(Vector512<double> width)
    {
        var high = Vector512.ConditionalSelect(Vector512.GreaterThan(width, Vector512.Create(0.99)), Vector512.Create(0.99), width);
        return Vector512.ConditionalSelect(Vector512.LessThan(width, Vector512.Create(0.01)), Vector512.Create(0.01), high);
    }

    /// <summary>The scalar band-limiting of this frame's motion, for the voices in <paramref name="edges"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Bandlimit<TShape>(ref BlepLaneVoice v, Vector512<double> edges, Vector512<double> end, Vector512<double> w, Vector512<double> speed)
        where TShape : struct, ILaneWaveShape
    {
        for (var i = 0; i < Lanes.Count; i++)
        {
            if (!Lanes.Has(edges, i))
            {
                continue;
            }

            var taps = new BlepTaps { Older = v.Older[i], Old = v.Old[i], Now = v.Now[i], Next = v.Next[i] };
            TShape.Bandlimit(ref taps, v.Phase[i], end[i], v.LastWidth[i], w[i], 0.0, 1.0, speed[i]);
            Lanes.At(ref v.Older, i) = taps.Older;
            Lanes.At(ref v.Old, i) = taps.Old;
            Lanes.At(ref v.Now, i) = taps.Now;
            Lanes.At(ref v.Next, i) = taps.Next;
        }
    }

    /// <summary>A frame where some voice starts or is synced: every voice runs the scalar tick.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> ScalarFrame<TShape>(ref BlepLaneVoice v, Vector512<double> freq, Vector512<double> pm, Vector512<double> sync, Vector512<double> width)
        where TShape : struct, ILaneWaveShape
    {
        var output = Vector512<double>.Zero;
        var voice = default(BlepVoice);
        for (var i = 0; i < Lanes.Count; i++)
        {
            Store(ref v, ref voice, i);
            var y = BlepOscillator.Tick<TShape>(ref voice, (float)freq[i], (float)pm[i], (float)sync[i], (float)width[i]);
            Load(ref v, ref voice, i);
            output = output.WithElement(i, y);
        }

        return output;
    }
}
