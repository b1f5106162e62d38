using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>The per-sample form of <see cref="DelayNode"/>; memory is a <see cref="DelayLine"/>.</summary>
public static class DelayTick
{
    /// <summary>Rate, interpolation, limits, and the delay of the last time value seen.</summary>
    public struct State
    {
        /// <summary>Sample rate in Hz.</summary>
        public double Rate;

        /// <summary>Longest delay in samples.</summary>
        public double Max;

        /// <summary>1 for cubic interpolation.</summary>
        public int Cubic;

        /// <summary>The time input the cached delay was computed from (NaN before the first frame).</summary>
        public float Time;

        /// <summary>Delay in samples for <see cref="Time"/>.</summary>
        public double Delay;
    }

    /// <summary>Doubles of delay line.</summary>
    public static int MemorySize(in NodeSetup setup) => DelayLine.StateSize(DelayNode.MaxSamples(setup));

    /// <summary>Reads the parameters.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Max = DelayNode.MaxSamples(setup);
        s.Cubic = setup.Params.Choice("interpolation");
        s.Time = float.NaN;
    }

    /// <summary>The delayed sample, before this frame's input is written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Read(ref State s, Span<double> memory, float time, out float @out)
    {
        if (time != s.Time)
        {
            SetTime(ref s, time);
        }

        @out = (float)(s.Cubic != 0 ? DelayLine.ReadCubic(memory, s.Delay) : DelayLine.ReadLinear(memory, s.Delay));
    }

    /// <summary>Takes in this frame's input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(ref State s, Span<double> memory, float @in) => DelayLine.Write(memory, @in);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetTime(ref State s, float time)
    {
        s.Time = time;
        s.Delay = DelayLine.Clamp(DelayLine.Samples(time, s.Rate), s.Cubic != 0 ? 2.0 : 1.0, s.Max);
    }
}
