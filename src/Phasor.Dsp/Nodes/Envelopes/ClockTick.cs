using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The per-sample form of <see cref="ClockNode"/>. The kernel adjusts the period at each block start; since freq and bpm
/// are control-rate and that adjustment changes nothing while they hold still, doing it when they change is the same.
/// </summary>
public static class ClockTick
{
    /// <summary>Position in the cycle, the period, and the control inputs it was computed from.</summary>
    public struct State
    {
        /// <summary>Samples run in the current cycle.</summary>
        public double Position;

        /// <summary>Cycle length in samples; 0 until the clock first runs.</summary>
        public double Period;

        /// <summary>1 when the next sample begins a cycle.</summary>
        public int CycleStart;

        /// <summary>1 while the frequency is above 0.</summary>
        public int Running;

        /// <summary>Freq input of the current period (NaN before the first frame).</summary>
        public float Freq;

        /// <summary>Bpm input of the current period.</summary>
        public float Bpm;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;
    }

    /// <summary>At the start of a cycle, no period yet.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.CycleStart = 1;
        s.Freq = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float freq, float bpm, float width, out float gate, out float trig)
    {
        Follow(ref s, freq, bpm);
        var start = s.CycleStart != 0;
        gate = start || s.Position <= width * s.Period ? 1f : 0f;
        trig = start ? 1f : 0f;
        s.CycleStart = 0;
        if (s.Running != 0)
        {
            var position = s.Position + 1.0;
            if (position >= s.Period)
            {
                // Periods shorter than a sample skip whole cycles rather than loop.
                position -= s.Period * Math.Floor(position / s.Period);
                s.CycleStart = 1;
            }

            s.Position = position;
        }
    }

    /// <summary>Recomputes the period when freq or bpm differs from the inputs it was computed from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Follow(ref State s, float freq, float bpm)
    {
        if (freq != s.Freq || bpm != s.Bpm)
        {
            s = Retime(s, freq, bpm);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static State Retime(State s, float freq, float bpm)
    {
        s.Freq = freq;
        s.Bpm = bpm;
        var hz = bpm > 0 ? bpm / 60.0 : freq;
        s.Running = hz > 0 ? 1 : 0;
        if (hz > 0)
        {
            var next = s.Rate / hz;
            if (s.Period > 0 && next != s.Period)
            {
                s.Position *= next / s.Period;
            }

            s.Period = next;
        }

        return s;
    }
}
