using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>Sample and hold: on each rising edge of <c>trig</c> the output takes the input of that sample and keeps it until the next edge; it starts at 0.</summary>
public sealed class SampleHoldNode : NodeKernel
{
    private const int In = 0, Trig = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "sah",
        "Envelopes and control",
        "Sample and hold: captures the input on each rising edge of trig.",
        [
            PortSpec.Signal("in", "Signal to sample.", required: true),
            PortSpec.Signal("trig", "Trigger: a rising edge (from 0 or below to above 0) samples the input.", required: true),
        ],
        [OutputSpec.Out("The last sampled value.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(SampleHoldTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 2;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var trig = block.In(Trig);
        var output = block.Out(0);
        var state = block.State;
        var held = (float)state[Slots.Held];
        var last = (float)state[Slots.LastTrig];
        for (var i = 0; i < output.Length; i++)
        {
            var t = trig[i];
            if (t > 0f && last <= 0f)
            {
                held = input[i];
            }

            last = t;
            output[i] = held;
        }

        state[Slots.Held] = held;
        state[Slots.LastTrig] = last;
    }

    private static class Slots
    {
        public const int Held = 0, LastTrig = 1;
    }
}
