using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The per-sample form of <see cref="ParamNode"/>. The kernel decides once per block, at its start, whether the value is
/// settled (and then fills the block with it) or gliding (and then glides the whole block, even past the point where
/// it lands on the target); <see cref="EndBlock"/> makes that decision for the next block, and a new value, which can
/// only arrive on a block's first frame since the input is control-rate, makes it again.
/// </summary>
public static class ParamTick
{
    /// <summary>The glide's position and target, the decision for this block, and constants from the parameters.</summary>
    public struct State
    {
        /// <summary>The output value.</summary>
        public double Current;

        /// <summary>The value gliding to (NaN before the first frame).</summary>
        public double Target;

        /// <summary>Linear glide: samples left.</summary>
        public double Remaining;

        /// <summary>Linear glide: change per sample.</summary>
        public double Step;

        /// <summary>One-pole glide: distance under which it snaps to the target.</summary>
        public double Tolerance;

        /// <summary>1 when this block glides; 0 when it holds <see cref="Current"/>.</summary>
        public int Gliding;

        /// <summary>1 once the first value has been taken.</summary>
        public int Started;

        /// <summary>1 for a one-pole glide, 0 for linear.</summary>
        public int OnePole;

        /// <summary>Linear glide length in samples.</summary>
        public double RampSamples;

        /// <summary>One-pole coefficient.</summary>
        public double Coefficient;
    }

    /// <summary>Reads the parameters, as the kernel's reset does.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        var samples = setup.Params.Number("time") * setup.SampleRate;
        s.OnePole = setup.Params.Choice("smooth");
        s.RampSamples = Math.Max(1.0, Math.Round(samples));
        s.Coefficient = samples > 0 ? 1.0 - Math.Exp(-1.0 / samples) : 1.0;
        s.Target = double.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float value, out float @out)
    {
        if (value != s.Target)
        {
            Retarget(ref s, value);
        }

        if (s.Gliding != 0)
        {
            if (s.OnePole != 0)
            {
                var current = s.Current + ((s.Target - s.Current) * s.Coefficient);
                s.Current = Math.Abs(s.Target - current) < s.Tolerance ? s.Target : current;
            }
            else if (s.Remaining > 0)
            {
                s.Remaining -= 1;

                // The last step lands on the target itself, free of accumulated rounding.
                s.Current = s.Remaining > 0 ? s.Current + s.Step : s.Target;
            }
        }

        @out = (float)s.Current;
    }

    /// <summary>Decides for the next block: glide on unless the value is settled.</summary>
    public static void EndBlock(ref State s) => s.Gliding = s.Current != s.Target ? 1 : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Retarget(ref State s, double target)
    {
        if (s.Started == 0)
        {
            s.Started = 1;
            s.Current = target;
        }
        else
        {
            s.Remaining = s.RampSamples;
            s.Step = (target - s.Current) / s.RampSamples;
        }

        s.Target = target;
        s.Tolerance = ParamNode.SettleTolerance * Math.Max(1.0, Math.Abs(target));
        s.Gliding = s.Current != target ? 1 : 0;
    }
}
