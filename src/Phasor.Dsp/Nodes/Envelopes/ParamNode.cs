using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// A settable control value that glides to each new setting instead of jumping, so changing it does not click.
/// <c>linear</c> reaches a new value in exactly <c>time</c> (restarting from wherever it is when the value changes again);
/// <c>onepole</c> approaches it exponentially with time constant <c>time</c> (63% of the way after <c>time</c>) and snaps to it
/// once within a millionth of full scale. The first value is output at once, without a glide from 0.
/// Once settled the output is exactly the value, written as a constant fill.
/// </summary>
public sealed class ParamNode : NodeKernel
{
    private const int Value = 0;

    /// <summary>Glides end when closer than this to the target, relative to max(1, |target|).</summary>
    internal const double SettleTolerance = 1e-6;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "param",
        "Envelopes and control",
        "Settable control value that glides smoothly to each new setting.",
        [
            new("value", PortRate.Control, 0, double.NegativeInfinity, double.PositiveInfinity, "", "The value to glide to."),
        ],
        [OutputSpec.Out("The smoothed value.")],
        [
            ParamSpec.Choice("smooth", "Glide shape: a straight line lasting time, or a one-pole lag with time constant time.", ["linear", "onepole"]),
            new("time", ParamKind.Number, 0.02, 0, 3600, "s", "Glide duration (linear) or time constant (onepole)."),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(ParamTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 8;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        var samples = setup.Params.Number("time") * setup.SampleRate;
        state[Slots.OnePole] = setup.Params.Choice("smooth");
        state[Slots.RampSamples] = Math.Max(1.0, Math.Round(samples));
        state[Slots.Coefficient] = samples > 0 ? 1.0 - Math.Exp(-1.0 / samples) : 1.0;
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var state = block.State;
        var output = block.Out(0);
        var target = (double)block.First(Value);
        if (state[Slots.Started] == 0)
        {
            state[Slots.Started] = 1;
            state[Slots.Current] = target;
            state[Slots.Target] = target;
        }
        else if (target != state[Slots.Target])
        {
            state[Slots.Target] = target;
            state[Slots.Remaining] = state[Slots.RampSamples];
            state[Slots.Step] = (target - state[Slots.Current]) / state[Slots.RampSamples];
        }

        if (state[Slots.Current] == target)
        {
            output.Fill((float)target);
            return;
        }

        if (state[Slots.OnePole] != 0)
        {
            GlideOnePole(state, target, output);
        }
        else
        {
            GlideLinear(state, target, output);
        }
    }

    private static void GlideLinear(Span<double> state, double target, Span<float> output)
    {
        var current = state[Slots.Current];
        var remaining = state[Slots.Remaining];
        var step = state[Slots.Step];
        for (var i = 0; i < output.Length; i++)
        {
            if (remaining > 0)
            {
                remaining -= 1;

                // The last step lands on the target itself, free of accumulated rounding.
                current = remaining > 0 ? current + step : target;
            }

            output[i] = (float)current;
        }

        state[Slots.Current] = current;
        state[Slots.Remaining] = remaining;
    }

    private static void GlideOnePole(Span<double> state, double target, Span<float> output)
    {
        var current = state[Slots.Current];
        var a = state[Slots.Coefficient];
        var tolerance = SettleTolerance * Math.Max(1.0, Math.Abs(target));
        for (var i = 0; i < output.Length; i++)
        {
            current += (target - current) * a;
            if (Math.Abs(target - current) < tolerance)
            {
                current = target;
            }

            output[i] = (float)current;
        }

        state[Slots.Current] = current;
    }

    private static class Slots
    {
        public const int Started = 0, Current = 1, Target = 2;

        /// <summary>Linear glide: samples left and change per sample.</summary>
        public const int Remaining = 3, Step = 4;

        /// <summary>Constants from the parameters: mode (1 = onepole), linear glide length in samples, one-pole coefficient.</summary>
        public const int OnePole = 5, RampSamples = 6, Coefficient = 7;
    }
}
