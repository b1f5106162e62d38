using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The render loop shared by the band-limited oscillators (saw, square, pulse, triangle). It renders the naive
/// waveform and corrects the samples around every jump and corner with <see cref="BlepTaps"/>, finding each one
/// at its exact sub-sample time from the phase motion, so FM, phase modulation, width modulation and hard sync are
/// all band-limited alike. The output lags the phase by two samples (the correction reaches that far back).
/// </summary>
internal static class BlepOscillator
{
    /// <summary>Input indices shared by the band-limited oscillators.</summary>
    public const int Freq = 0, Pm = 1, Sync = 2, Width = 3;

    private static class Slots
    {
        public const int Phase = 0, Increment = 1, LastPm = 2, LastSync = 3, LastWidth = 4, Older = 5, Old = 6, Next = 7, Started = 8;
        public const int Count = 9;
    }

    /// <summary>Doubles of state one oscillator needs.</summary>
    public const int StateSize = Slots.Count;

    /// <summary>Renders one block of <typeparamref name="TShape"/>. Render thread only; does not allocate.</summary>
    public static void Process<TShape>(in NodeBlock block)
        where TShape : struct, IWaveShape
    {
        var state = block.State;
        var freq = block.In(Freq);
        var pm = block.In(Pm);
        var sync = block.In(Sync);
        var width = TShape.UsesWidth ? block.In(Width) : default;
        var output = block.Out(0);
        if (state[Slots.Started] == 0)
        {
            // The first sample starts at its phase offset instead of sweeping there from zero.
            state[Slots.Phase] = Wrap(pm[0]);
            state[Slots.LastPm] = pm[0];
            state[Slots.LastWidth] = TShape.UsesWidth ? ClampWidth(width[0]) : 0.5;
            state[Slots.Started] = 1;
        }

        var phase = state[Slots.Phase];
        var increment = state[Slots.Increment];
        var lastPm = state[Slots.LastPm];
        var lastSync = state[Slots.LastSync];
        var lastWidth = state[Slots.LastWidth];
        var taps = new BlepTaps { Older = state[Slots.Older], Old = state[Slots.Old], Now = state[Slots.Next] };
        var invRate = 1.0 / block.SampleRate;
        for (var i = 0; i < output.Length; i++)
        {
            double pmNow = pm[i], syncNow = sync[i];
            var w = TShape.UsesWidth ? ClampWidth(width[i]) : 0.5;
            var speed = increment + (pmNow - lastPm);
            double end;
            if (syncNow > 0 && lastSync <= 0)
            {
                // A signal crossing zero resets at the interpolated crossing; one resting at zero (a gate or trigger)
                // resets at the frame where it goes high, as sine and phasor do.
                var tau = lastSync < 0 ? lastSync / (lastSync - syncNow) : 1.0;
                end = Resync<TShape>(ref taps, phase, speed, tau, lastPm + (tau * (pmNow - lastPm)), lastWidth, w);
            }
            else
            {
                end = phase + speed;
                if (Math.Abs(speed) < 1.0)
                {
                    TShape.Bandlimit(ref taps, phase, end, lastWidth, w, 0.0, 1.0, speed);
                }
            }

            phase = Wrap(end);
            output[i] = (float)taps.Older;
            taps = new BlepTaps { Older = taps.Old, Old = TShape.Value(phase, w) + taps.Now, Now = taps.Next };
            increment = freq[i] * invRate;
            lastPm = pmNow;
            lastSync = syncNow;
            lastWidth = w;
        }

        state[Slots.Phase] = phase;
        state[Slots.Increment] = increment;
        state[Slots.LastPm] = lastPm;
        state[Slots.LastSync] = lastSync;
        state[Slots.LastWidth] = lastWidth;
        state[Slots.Older] = taps.Older;
        state[Slots.Old] = taps.Old;
        state[Slots.Next] = taps.Now;
    }

    /// <summary>
    /// One frame of <typeparamref name="TShape"/> in tick form: the body of <see cref="Process{TShape}"/>'s loop, with the
    /// loop's locals kept in <paramref name="v"/> between frames, so both forms give the same samples bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Tick<TShape>(ref BlepVoice v, float freq, float pm, float sync, float width)
        where TShape : struct, IWaveShape
    {
        if (v.Started == 0)
        {
            Start<TShape>(ref v, pm, width);
        }

        double pmNow = pm, syncNow = sync;
        var w = TShape.UsesWidth ? ClampWidth(width) : 0.5;
        var speed = v.Increment + (pmNow - v.LastPm);
        double end;
        if (syncNow > 0 && v.LastSync <= 0)
        {
            end = TickResync<TShape>(ref v, speed, pmNow, syncNow, w);
        }
        else
        {
            end = v.Phase + speed;
            if (Math.Abs(speed) < 1.0)
            {
                TShape.Bandlimit(ref v.Taps, v.Phase, end, v.LastWidth, w, 0.0, 1.0, speed);
            }
        }

        v.Phase = Wrap(end);
        var output = (float)v.Taps.Older;
        v.Taps = new BlepTaps { Older = v.Taps.Old, Old = TShape.Value(v.Phase, w) + v.Taps.Now, Now = v.Taps.Next };
        v.Increment = freq * v.InvRate;
        v.LastPm = pmNow;
        v.LastSync = syncNow;
        v.LastWidth = w;
        return output;
    }

    /// <summary>The tick form's first frame: as at the start of <see cref="Process{TShape}"/>'s first block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Start<TShape>(ref BlepVoice v, float pm, float width)
        where TShape : struct, IWaveShape
    {
        v.Phase = Wrap(pm);
        v.LastPm = pm;
        v.LastWidth = TShape.UsesWidth ? ClampWidth(width) : 0.5;
        v.Started = 1;
    }

    /// <summary>The tick form's sync reset, out of line: it happens at most once per sync period.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double TickResync<TShape>(ref BlepVoice v, double speed, double pmNow, double syncNow, double w)
        where TShape : struct, IWaveShape
    {
        var tau = v.LastSync < 0 ? v.LastSync / (v.LastSync - syncNow) : 1.0;
        return Resync<TShape>(ref v.Taps, v.Phase, speed, tau, v.LastPm + (tau * (pmNow - v.LastPm)), v.LastWidth, w);
    }

    /// <summary>The width input's legal range, applied per sample so modulation cannot produce a silent or DC pulse.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ClampWidth(double width) => width < 0.01 ? 0.01 : width > 0.99 ? 0.99 : width;

    /// <summary>
    /// Hard sync at fraction <paramref name="tau"/> of the interval: the phase runs up to the reset, jumps back to
    /// the phase offset, and runs on; the jump in value and slope is band-limited like any other edge.
    /// Returns the unwrapped phase at the end of the interval.
    /// </summary>
    private static double Resync<TShape>(ref BlepTaps taps, double phase, double speed, double tau, double pmAtReset, double widthFrom, double widthTo)
        where TShape : struct, IWaveShape
    {
        var widthAtReset = widthFrom + (tau * (widthTo - widthFrom));
        var beforeReset = phase + (tau * speed);
        var bandlimit = Math.Abs(speed) < 1.0;
        if (bandlimit)
        {
            TShape.Bandlimit(ref taps, phase, beforeReset, widthFrom, widthAtReset, 0.0, tau, speed);
        }

        var oldPhase = Wrap(beforeReset);
        var newPhase = Wrap(pmAtReset);
        taps.Step(tau, TShape.Value(newPhase, widthAtReset) - TShape.Value(oldPhase, widthAtReset));
        taps.Kink(tau, (TShape.Slope(newPhase, widthAtReset) - TShape.Slope(oldPhase, widthAtReset)) * speed);
        var end = newPhase + ((1.0 - tau) * speed);
        if (bandlimit)
        {
            TShape.Bandlimit(ref taps, newPhase, end, widthAtReset, widthTo, tau, 1.0, speed);
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Wrap(double phase) => phase - Math.Floor(phase);
}
