using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// Schroeder allpass comb: v[n] = x[n] + gain·v[n − D], y[n] = v[n − D] − gain·v[n], so
/// H(z) = (z^−D − g) / (1 − g·z^−D), flat in magnitude for whole-sample D. Its impulse response
/// is −g at 0, then 1 − g², g(1 − g²), g²(1 − g²), ... every D samples.
/// </summary>
/// <remarks>
/// This is the form Faust's freeverb uses (<c>fi.allpass_comb(maxdel, N, -fb2)</c>), a true allpass for
/// every gain; Jezar's original Freeverb code computes y = v[n − D] − x[n] instead, which is allpass
/// only when the gain is the golden ratio conjugate.
/// </remarks>
public sealed class AllpassNode : NodeKernel
{
    private const int In = 0, Time = 1, Gain = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "allpass",
        "Delays and space",
        "Schroeder allpass comb: smears a signal in time without colouring its spectrum.",
        [
            PortSpec.Signal("in", "Signal to diffuse.", required: true),
            new("time", PortRate.Audio, 556.0 / 44100.0, 0, 60, "s", "Loop delay; clamped to [1 sample, maxTime]."),
            new("gain", PortRate.Audio, 0.5, -LoopGain.Max, LoopGain.Max, "", "Feedback coefficient; the feedforward path uses its negative."),
        ],
        [OutputSpec.Out("The diffused signal.")],
        [new("maxTime", ParamKind.Number, 1, 1e-4, 60, "s", "Longest loop delay the line can hold.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(AllpassTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Line + DelayLine.StateSize(MaxSamples(setup));

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) => state[Slots.MaxDelay] = MaxSamples(setup);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var time = block.In(Time);
        var gain = block.In(Gain);
        var output = block.Out(0);
        var state = block.State;
        var line = state[Slots.Line..];
        var rate = block.SampleRate;
        var max = state[Slots.MaxDelay];
        if (block.IsConstant(Time) && block.IsConstant(Gain))
        {
            var delay = DelayLine.Clamp(DelayLine.Samples(time[0], rate), 1.0, max);
            var g = LoopGain.Limit(gain[0]);
            for (var i = 0; i < output.Length; i++)
            {
                var late = DelayLine.ReadLinear(line, delay);
                var v = input[i] + (g * late);
                DelayLine.Write(line, v);
                output[i] = (float)(late - (g * v));
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            var late = DelayLine.ReadLinear(line, DelayLine.Clamp(DelayLine.Samples(time[i], rate), 1.0, max));
            var g = LoopGain.Limit(gain[i]);
            var v = input[i] + (g * late);
            DelayLine.Write(line, v);
            output[i] = (float)(late - (g * v));
        }
    }

    /// <summary>Length of the line in samples for <paramref name="setup"/>; the tick form sizes its memory with it too.</summary>
    internal static int MaxSamples(in NodeSetup setup) => (int)Math.Ceiling(setup.Params.Number("maxTime") * setup.SampleRate) + 1;

    private static class Slots
    {
        public const int MaxDelay = 0, Line = 1;
    }
}
