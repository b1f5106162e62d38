using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// Lowpass-feedback comb filter, the comb of Freeverb (Schroeder-Moorer): the output is the loop signal
/// D samples late, o[n] = v[n − D]; a one-pole lowpass l[n] = (1 − damp)·o[n] + damp·l[n − 1] sits in the
/// loop, and v[n] = x[n] + feedback·l[n]. With damp = 0 it is the plain feedback comb.
/// </summary>
/// <remarks>Same equations as Faust's <c>lbcf</c> in reverbs.lib (mono_freeverb) and Jezar's <c>comb</c>.</remarks>
public sealed class CombNode : NodeKernel
{
    private const int In = 0, Time = 1, Feedback = 2, Damp = 3;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "comb",
        "Delays and space",
        "Feedback comb filter with one-pole damping in the loop (Freeverb's comb).",
        [
            PortSpec.Signal("in", "Signal to filter.", required: true),
            new("time", PortRate.Audio, 1116.0 / 44100.0, 0, 60, "s", "Loop delay; the comb's teeth sit at multiples of 1/time. Clamped to [1 sample, maxTime]."),
            new("feedback", PortRate.Audio, 0.84, -LoopGain.Max, LoopGain.Max, "", "Loop gain; closer to 1 rings longer."),
            new("damp", PortRate.Audio, 0.2, 0, 1, "", "Lowpass in the loop: 0 is none, towards 1 highs die faster."),
        ],
        [OutputSpec.Out("The filtered signal (the loop signal, delayed by time).")],
        [new("maxTime", ParamKind.Number, 1, 1e-4, 60, "s", "Longest loop delay the line can hold.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(CombTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Line + DelayLine.StateSize(MaxSamples(setup));

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) => state[Slots.MaxDelay] = MaxSamples(setup);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var time = block.In(Time);
        var feedback = block.In(Feedback);
        var damp = block.In(Damp);
        var output = block.Out(0);
        var state = block.State;
        var line = state[Slots.Line..];
        var rate = block.SampleRate;
        var max = state[Slots.MaxDelay];
        var lowpass = state[Slots.Lowpass];
        if (block.IsConstant(Time) && block.IsConstant(Feedback) && block.IsConstant(Damp))
        {
            var delay = DelayLine.Clamp(DelayLine.Samples(time[0], rate), 1.0, max);
            var gain = LoopGain.Limit(feedback[0]);
            var d = LoopGain.Damping(damp[0]);
            for (var i = 0; i < output.Length; i++)
            {
                var o = DelayLine.ReadLinear(line, delay);
                lowpass = Denormals.Flush(((1.0 - d) * o) + (d * lowpass));
                DelayLine.Write(line, input[i] + (gain * lowpass));
                output[i] = (float)o;
            }
        }
        else
        {
            for (var i = 0; i < output.Length; i++)
            {
                var o = DelayLine.ReadLinear(line, DelayLine.Clamp(DelayLine.Samples(time[i], rate), 1.0, max));
                var d = LoopGain.Damping(damp[i]);
                lowpass = Denormals.Flush(((1.0 - d) * o) + (d * lowpass));
                DelayLine.Write(line, input[i] + (LoopGain.Limit(feedback[i]) * lowpass));
                output[i] = (float)o;
            }
        }

        state[Slots.Lowpass] = lowpass;
    }

    /// <summary>Length of the line in samples for <paramref name="setup"/>; the tick form sizes its memory with it too.</summary>
    internal static int MaxSamples(in NodeSetup setup) => (int)Math.Ceiling(setup.Params.Number("maxTime") * setup.SampleRate) + 1;

    private static class Slots
    {
        public const int MaxDelay = 0, Lowpass = 1, Line = 2;
    }
}
