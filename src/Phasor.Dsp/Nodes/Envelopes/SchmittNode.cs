using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// Schmitt trigger: the output turns 1 when the input rises above <c>high</c> and turns 0 when it falls below <c>low</c>;
/// between the two it keeps its last value, so noise around one threshold does not chatter. It starts at 0.
/// </summary>
public sealed class SchmittNode : NodeKernel
{
    private const int In = 0, High = 1, Low = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "schmitt",
        "Envelopes and control",
        "Schmitt trigger: comparator with hysteresis, output 1 or 0.",
        [
            PortSpec.Signal("in", "Signal to compare.", required: true),
            new("high", PortRate.Audio, 0.5, double.NegativeInfinity, double.PositiveInfinity, "", "Threshold the input must rise above to turn the output on."),
            new("low", PortRate.Audio, -0.5, double.NegativeInfinity, double.PositiveInfinity, "", "Threshold the input must fall below to turn the output off."),
        ],
        [OutputSpec.Out("1 while on, 0 while off.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(SchmittTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 1;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var high = block.In(High);
        var low = block.In(Low);
        var output = block.Out(0);
        var on = block.State[0] != 0;
        for (var i = 0; i < output.Length; i++)
        {
            var x = input[i];
            if (on ? x < low[i] : x > high[i])
            {
                on = !on;
            }

            output[i] = on ? 1f : 0f;
        }

        block.State[0] = on ? 1 : 0;
    }
}
