using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>The per-sample form of <see cref="FeedbackDelayNode"/>; memory is a <see cref="DelayLine"/>.</summary>
public static class FeedbackDelayTick
{
    /// <summary>Rate, limits, and the delay and gain of the last time and feedback values seen.</summary>
    public struct State
    {
        /// <summary>Sample rate in Hz.</summary>
        public double Rate;

        /// <summary>Longest delay in samples.</summary>
        public double Max;

        /// <summary>The time input the cached delay was computed from (NaN before the first frame).</summary>
        public float Time;

        /// <summary>The feedback input the cached gain was computed from (NaN before the first frame).</summary>
        public float Feedback;

        /// <summary>Delay in samples for <see cref="Time"/>.</summary>
        public double Delay;

        /// <summary>Loop gain for <see cref="Feedback"/>.</summary>
        public double Gain;
    }

    /// <summary>Doubles of delay line.</summary>
    public static int MemorySize(in NodeSetup setup) => DelayLine.StateSize(FeedbackDelayNode.MaxSamples(setup));

    /// <summary>Reads the parameters.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Max = FeedbackDelayNode.MaxSamples(setup);
        s.Time = float.NaN;
        s.Feedback = float.NaN;
    }

    /// <summary>One frame: y = in + gain·(the line, time late); y goes into the line and out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Span<double> memory, float @in, float time, float feedback, out float @out)
    {
        if (time != s.Time)
        {
            SetTime(ref s, time);
        }

        if (feedback != s.Feedback)
        {
            s.Feedback = feedback;
            s.Gain = LoopGain.Limit(feedback);
        }

        var y = @in + (s.Gain * DelayLine.ReadLinear(memory, s.Delay));
        DelayLine.Write(memory, y);
        @out = (float)y;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetTime(ref State s, float time)
    {
        s.Time = time;
        s.Delay = DelayLine.Clamp(DelayLine.Samples(time, s.Rate), 1.0, s.Max);
    }
}
