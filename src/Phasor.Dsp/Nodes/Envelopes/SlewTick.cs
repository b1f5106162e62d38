using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The per-sample form of <see cref="SlewNode"/>: each step is recomputed only when its time changes.</summary>
public static class SlewTick
{
    /// <summary>The output value, the last times seen and their steps.</summary>
    public struct State
    {
        /// <summary>Output of the previous frame.</summary>
        public double Value;

        /// <summary>Rise time of <see cref="Up"/> (NaN before the first frame).</summary>
        public float Rise;

        /// <summary>Fall time of <see cref="Down"/> (NaN before the first frame).</summary>
        public float Fall;

        /// <summary>Largest rise per sample.</summary>
        public double Up;

        /// <summary>Largest fall per sample.</summary>
        public double Down;

        /// <summary>1 once the first input has been taken as the starting value.</summary>
        public int Started;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;
    }

    /// <summary>Not started, no steps cached.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Rise = float.NaN;
        s.Fall = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float rise, float fall, out float @out)
    {
        if (rise != s.Rise || fall != s.Fall || s.Started == 0)
        {
            Update(ref s, @in, rise, fall);
        }

        var value = s.Value;
        value = Math.Max(value - s.Down, Math.Min(value + s.Up, @in));
        s.Value = value;
        @out = (float)value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, float @in, float rise, float fall)
    {
        if (s.Started == 0)
        {
            s.Value = @in;
            s.Started = 1;
        }

        if (rise != s.Rise)
        {
            s.Rise = rise;
            s.Up = SlewNode.Step(rise, s.Rate);
        }

        if (fall != s.Fall)
        {
            s.Fall = fall;
            s.Down = SlewNode.Step(fall, s.Rate);
        }
    }
}
