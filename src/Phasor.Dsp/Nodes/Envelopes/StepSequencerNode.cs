using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// Step sequencer: outputs one value of a list, starting at the first; each rising edge of <c>trig</c> moves to the next
/// (wrapping after the last), and a rising edge of <c>reset</c> returns to the first, winning over a trigger in the same sample.
/// </summary>
public sealed class StepSequencerNode : NodeKernel
{
    private const int Trig = 0, ResetPort = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "stepseq",
        "Envelopes and control",
        "Step sequencer: steps through a list of values on each trigger.",
        [
            PortSpec.Signal("trig", "Each rising edge (from 0 or below to above 0) advances one step.", required: true),
            PortSpec.Signal("reset", "A rising edge returns to the first step."),
        ],
        [OutputSpec.Out("The current step's value.")],
        [
            new("values", ParamKind.NumberList, 0, double.NegativeInfinity, double.PositiveInfinity, "", "The steps, in order.", Required: true),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(StepSequencerTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Values + Math.Max(1, setup.Params.List("values").Length);

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        // An empty list (which validation should reject) plays a single 0 rather than reading past the state.
        var values = setup.Params.List("values");
        state[Slots.Length] = Math.Max(1, values.Length);
        values.CopyTo(state[Slots.Values..]);
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var trig = block.In(Trig);
        var reset = block.In(ResetPort);
        var output = block.Out(0);
        var state = block.State;
        var length = (int)state[Slots.Length];
        var values = state.Slice(Slots.Values, length);
        var step = (int)state[Slots.Step];
        var lastTrig = (float)state[Slots.LastTrig];
        var lastReset = (float)state[Slots.LastReset];
        var value = (float)values[step];
        for (var i = 0; i < output.Length; i++)
        {
            var t = trig[i];
            var r = reset[i];
            if (r > 0f && lastReset <= 0f)
            {
                step = 0;
                value = (float)values[0];
            }
            else if (t > 0f && lastTrig <= 0f)
            {
                step = step + 1 < length ? step + 1 : 0;
                value = (float)values[step];
            }

            lastTrig = t;
            lastReset = r;
            output[i] = value;
        }

        state[Slots.Step] = step;
        state[Slots.LastTrig] = lastTrig;
        state[Slots.LastReset] = lastReset;
    }

    private static class Slots
    {
        public const int Step = 0, LastTrig = 1, LastReset = 2, Length = 3, Values = 4;
    }
}
