using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// Counts rising edges of <c>trig</c>, starting at 0. A rising edge of <c>reset</c> sets the count to 0 and wins over a
/// trigger in the same sample. When <c>max</c> is above 0 the count wraps to 0 on reaching it, so it runs 0..max-1.
/// </summary>
public sealed class CounterNode : NodeKernel
{
    private const int Trig = 0, ResetPort = 1, Max = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "counter",
        "Envelopes and control",
        "Counts rising edges of trig; wraps at max, resets on reset.",
        [
            PortSpec.Signal("trig", "Each rising edge (from 0 or below to above 0) adds one.", required: true),
            PortSpec.Signal("reset", "A rising edge sets the count to 0."),
            new("max", PortRate.Control, 0, 0, 1e9, "", "Count at which it wraps to 0 (rounded); 0 counts without limit."),
        ],
        [OutputSpec.Out("The count.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(CounterTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 3;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var trig = block.In(Trig);
        var reset = block.In(ResetPort);
        var output = block.Out(0);
        var state = block.State;
        var max = Math.Round((double)block.First(Max));
        var count = state[Slots.Count];
        var lastTrig = (float)state[Slots.LastTrig];
        var lastReset = (float)state[Slots.LastReset];
        for (var i = 0; i < output.Length; i++)
        {
            var t = trig[i];
            var r = reset[i];
            if (r > 0f && lastReset <= 0f)
            {
                count = 0;
            }
            else if (t > 0f && lastTrig <= 0f)
            {
                count += 1;
                if (max > 0 && count >= max)
                {
                    count = 0;
                }
            }

            lastTrig = t;
            lastReset = r;
            output[i] = (float)count;
        }

        state[Slots.Count] = count;
        state[Slots.LastTrig] = lastTrig;
        state[Slots.LastReset] = lastReset;
    }

    private static class Slots
    {
        public const int Count = 0, LastTrig = 1, LastReset = 2;
    }
}
