using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>The per-sample form of <see cref="AllpassNode"/>; memory is a <see cref="DelayLine"/>.</summary>
public static class AllpassTick
{
    /// <summary>Rate, limits, and the delay and gain of the last time and gain values seen.</summary>
    public struct State
    {
        /// <summary>Sample rate in Hz.</summary>
        public double Rate;

        /// <summary>Longest delay in samples.</summary>
        public double Max;

        /// <summary>The time input the cached delay was computed from (NaN before the first frame).</summary>
        public float Time;

        /// <summary>The gain input the cached coefficient was computed from (NaN before the first frame).</summary>
        public float Gain;

        /// <summary>Delay in samples for <see cref="Time"/>.</summary>
        public double Delay;

        /// <summary>Loop coefficient for <see cref="Gain"/>.</summary>
        public double G;
    }

    /// <summary>Doubles of delay line.</summary>
    public static int MemorySize(in NodeSetup setup) => DelayLine.StateSize(AllpassNode.MaxSamples(setup));

    /// <summary>Reads the parameters.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Max = AllpassNode.MaxSamples(setup);
        s.Time = float.NaN;
        s.Gain = float.NaN;
    }

    /// <summary>One frame: v = in + g·(v, time late) goes into the line; out = (v, time late) − g·v.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Span<double> memory, float @in, float time, float gain, out float @out)
    {
        if (time != s.Time)
        {
            SetTime(ref s, time);
        }

        if (gain != s.Gain)
        {
            s.Gain = gain;
            s.G = LoopGain.Limit(gain);
        }

        var g = s.G;
        var late = DelayLine.ReadLinear(memory, s.Delay);
        var v = @in + (g * late);
        DelayLine.Write(memory, v);
        @out = (float)(late - (g * v));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetTime(ref State s, float time)
    {
        s.Time = time;
        s.Delay = DelayLine.Clamp(DelayLine.Samples(time, s.Rate), 1.0, s.Max);
    }
}
