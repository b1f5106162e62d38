using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The lane form of <see cref="ClockNode"/>: <see cref="ClockTick"/> for <see cref="Lanes.Count"/> voices at once.
/// A new freq or bpm (control rate, so rare) and the end of a cycle are handled out of line.
/// </summary>
public static class ClockLanes
{
    /// <summary>The fields of <see cref="ClockTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>Samples run in the current cycle.</summary>
        public Vector512<double> Position;

        /// <summary>Cycle length in samples; 0 until the clock first runs.</summary>
        public Vector512<double> Period;

        /// <summary>1 when the next sample begins a cycle.</summary>
        public Vector512<double> CycleStart;

        /// <summary>1 while the frequency is above 0.</summary>
        public Vector512<double> Running;

        /// <summary>Freq input of the current period.</summary>
        public Vector512<double> Freq;

        /// <summary>Bpm input of the current period.</summary>
        public Vector512<double> Bpm;

        /// <summary>Sample rate in Hz.</summary>
        public Vector512<double> Rate;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref ClockTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Position, lane) = voice.Position;
        Lanes.At(ref lanes.Period, lane) = voice.Period;
        Lanes.At(ref lanes.CycleStart, lane) = voice.CycleStart;
        Lanes.At(ref lanes.Running, lane) = voice.Running;
        Lanes.At(ref lanes.Freq, lane) = voice.Freq;
        Lanes.At(ref lanes.Bpm, lane) = voice.Bpm;
        Lanes.At(ref lanes.Rate, lane) = voice.Rate;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref ClockTick.State voice, int lane)
    {
        voice.Position = Lanes.At(ref lanes.Position, lane);
        voice.Period = Lanes.At(ref lanes.Period, lane);
        voice.CycleStart = (int)Lanes.At(ref lanes.CycleStart, lane);
        voice.Running = (int)Lanes.At(ref lanes.Running, lane);
        voice.Freq = (float)Lanes.At(ref lanes.Freq, lane);
        voice.Bpm = (float)Lanes.At(ref lanes.Bpm, lane);
        voice.Rate = Lanes.At(ref lanes.Rate, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> freq, Vector512<double> bpm, Vector512<double> width, out Vector512<double> gate, out Vector512<double> trig)
    {
        if (Lanes.AnyChanged(freq, s.Freq) || Lanes.AnyChanged(bpm, s.Bpm))
        {
            Retime(ref s, freq, bpm);
        }

        var start = Lanes.NonZero(s.CycleStart);
        gate = Lanes.OneWhere(start | Vector512.LessThanOrEqual(s.Position, width * s.Period));
        trig = Lanes.OneWhere(start);
        var running = Lanes.NonZero(s.Running);
        var position = s.Position + Vector512.Create(1.0);
        var wrap = running & Vector512.GreaterThanOrEqual(position, s.Period);
        if (Lanes.Any(wrap))
        {
            position = Wrap(position, s.Period, wrap);
        }

        s.CycleStart = Lanes.OneWhere(wrap);
        s.Position = Vector512.ConditionalSelect(running, position, s.Position);
    }

    /// <summary>The cycle's end, once per period: periods shorter than a sample skip whole cycles rather than loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> Wrap(Vector512<double> position, Vector512<double> period, Vector512<double> wrap) =>
        Vector512.ConditionalSelect(wrap, position - (period * Vector512.Floor(position / period)), position);

    /// <summary>ClockTick's retiming for the voices whose freq or bpm changed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Retime(ref State s, Vector512<double> freq, Vector512<double> bpm)
    {
        var changed = Lanes.Changed(freq, s.Freq) | Lanes.Changed(bpm, s.Bpm);
        s.Freq = Vector512.ConditionalSelect(changed, freq, s.Freq);
        s.Bpm = Vector512.ConditionalSelect(changed, bpm, s.Bpm);
        var hz = Vector512.ConditionalSelect(Vector512.GreaterThan(bpm, Vector512<double>.Zero), bpm / Vector512.Create(60.0), freq);
        var running = Vector512.GreaterThan(hz, Vector512<double>.Zero);
        s.Running = Vector512.ConditionalSelect(changed, Lanes.OneWhere(running), s.Running);

        var next = s.Rate / hz;
        var retimed = changed & running;
        var rescale = retimed & Vector512.GreaterThan(s.Period, Vector512<double>.Zero) & Lanes.Changed(next, s.Period);
        s.Position = Vector512.ConditionalSelect(rescale, s.Position * (next / s.Period), s.Position);
        s.Period = Vector512.ConditionalSelect(retimed, next, s.Period);
    }
}
