using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// Echo: a delay line whose output is fed back into its own input, y[n] = x[n] + feedback·y[n − D]
/// with D = time·sampleRate (fractional, linearly interpolated; whole-sample times are exact).
/// </summary>
/// <remarks>
/// This is Faust's <c>+ ~ (de.delay(65536, int(sec*ma.SR) - 1) : *(fb))</c>: the <c>~</c> operator adds one
/// sample to the loop, so with the line set to D − 1 the loop delay is D samples and an impulse
/// comes back at D, 2D, 3D, ... with amplitudes fb, fb², fb³.
/// </remarks>
public sealed class FeedbackDelayNode : NodeKernel
{
    private const int In = 0, Time = 1, Feedback = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "fbdelay",
        "Delays and space",
        "Feedback delay (echo): the input plus its repeats every time seconds.",
        [
            PortSpec.Signal("in", "Signal to echo.", required: true),
            new("time", PortRate.Audio, 0.375, 0, 60, "s", "Time between repeats; clamped to [1 sample, maxTime]."),
            new("feedback", PortRate.Audio, 0.45, -LoopGain.Max, LoopGain.Max, "", "Gain of each repeat relative to the previous one."),
        ],
        [OutputSpec.Out("The input with its echoes.")],
        [new("maxTime", ParamKind.Number, 2, 1e-4, 60, "s", "Longest time the line can hold.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(FeedbackDelayTick);

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
        var output = block.Out(0);
        var state = block.State;
        var line = state[Slots.Line..];
        var rate = block.SampleRate;
        var max = state[Slots.MaxDelay];
        if (block.IsConstant(Time) && block.IsConstant(Feedback))
        {
            var delay = DelayLine.Clamp(DelayLine.Samples(time[0], rate), 1.0, max);
            var gain = LoopGain.Limit(feedback[0]);
            for (var i = 0; i < output.Length; i++)
            {
                var y = input[i] + (gain * DelayLine.ReadLinear(line, delay));
                DelayLine.Write(line, y);
                output[i] = (float)y;
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            var delay = DelayLine.Clamp(DelayLine.Samples(time[i], rate), 1.0, max);
            var y = input[i] + (LoopGain.Limit(feedback[i]) * DelayLine.ReadLinear(line, delay));
            DelayLine.Write(line, y);
            output[i] = (float)y;
        }
    }

    /// <summary>Length of the line in samples for <paramref name="setup"/>; the tick form sizes its memory with it too.</summary>
    internal static int MaxSamples(in NodeSetup setup) => (int)Math.Ceiling(setup.Params.Number("maxTime") * setup.SampleRate) + 1;

    private static class Slots
    {
        public const int MaxDelay = 0, Line = 1;
    }
}
