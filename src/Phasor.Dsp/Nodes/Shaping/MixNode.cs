using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Sums up to eight signals; inputs that are silent constants cost nothing.</summary>
public sealed class MixNode : NodeKernel
{
    private const int Inputs = 8;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "mix",
        "Shaping and mixing",
        "Sum of up to eight signals.",
        [
            PortSpec.Signal("in1", "Signal to sum."),
            PortSpec.Signal("in2", "Signal to sum."),
            PortSpec.Signal("in3", "Signal to sum."),
            PortSpec.Signal("in4", "Signal to sum."),
            PortSpec.Signal("in5", "Signal to sum."),
            PortSpec.Signal("in6", "Signal to sum."),
            PortSpec.Signal("in7", "Signal to sum."),
            PortSpec.Signal("in8", "Signal to sum."),
        ],
        [OutputSpec.Out("The sum.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(MixTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(MixSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(MixLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var output = block.Out(0);
        var written = false;
        for (var port = 0; port < Inputs; port++)
        {
            var input = block.In(port);
            if (block.IsConstant(port) && input[0] == 0f)
            {
                continue;
            }

            if (!written)
            {
                input.CopyTo(output);
                written = true;
                continue;
            }

            for (var i = 0; i < output.Length; i++)
            {
                output[i] += input[i];
            }
        }

        if (!written)
        {
            output.Clear();
        }
    }
}
