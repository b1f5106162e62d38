using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>The per-sample form of <see cref="CombNode"/>; memory is a <see cref="DelayLine"/>.</summary>
public static class CombTick
{
    /// <summary>Rate, limits, the loop's lowpass, and the coefficients of the last input values seen.</summary>
    public struct State
    {
        /// <summary>Sample rate in Hz.</summary>
        public double Rate;

        /// <summary>Longest delay in samples.</summary>
        public double Max;

        /// <summary>The one-pole lowpass in the loop.</summary>
        public double Lowpass;

        /// <summary>The time input the cached delay was computed from (NaN before the first frame).</summary>
        public float Time;

        /// <summary>The feedback input the cached gain was computed from (NaN before the first frame).</summary>
        public float Feedback;

        /// <summary>The damp input the cached damping was computed from (NaN before the first frame).</summary>
        public float Damp;

        /// <summary>Delay in samples for <see cref="Time"/>.</summary>
        public double Delay;

        /// <summary>Loop gain for <see cref="Feedback"/>.</summary>
        public double Gain;

        /// <summary>Damping for <see cref="Damp"/>: the lowpass's pole.</summary>
        public double D;

        /// <summary>1 − <see cref="D"/>: the lowpass's input gain.</summary>
        public double OneMinusD;
    }

    /// <summary>Doubles of delay line.</summary>
    public static int MemorySize(in NodeSetup setup) => DelayLine.StateSize(CombNode.MaxSamples(setup));

    /// <summary>Reads the parameters.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Max = CombNode.MaxSamples(setup);
        s.Time = float.NaN;
        s.Feedback = float.NaN;
        s.Damp = float.NaN;
    }

    /// <summary>One frame: out is the loop signal time late; it goes through the lowpass and back in with gain feedback.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Span<double> memory, float @in, float time, float feedback, float damp, out float @out)
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

        if (damp != s.Damp)
        {
            s.Damp = damp;
            s.D = LoopGain.Damping(damp);
            s.OneMinusD = 1.0 - s.D;
        }

        var o = DelayLine.ReadLinear(memory, s.Delay);
        var lowpass = Denormals.Flush((s.OneMinusD * o) + (s.D * s.Lowpass));
        s.Lowpass = lowpass;
        DelayLine.Write(memory, @in + (s.Gain * lowpass));
        @out = (float)o;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetTime(ref State s, float time)
    {
        s.Time = time;
        s.Delay = DelayLine.Clamp(DelayLine.Samples(time, s.Rate), 1.0, s.Max);
    }
}
