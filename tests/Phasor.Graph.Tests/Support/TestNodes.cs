using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes;
using Phasor.Graph.Catalogue;

namespace Phasor.Graph.Tests.Support;

/// <summary>A catalogue of the shipped nodes plus a test node with a control-rate port and a control-rate output.</summary>
public static class TestNodes
{
    public static NodeCatalogue Catalogue { get; } = new(NodeLibrary.All.Append(new ControlProbe()));

    /// <summary>Passes <c>in</c> through scaled by the control-rate <c>amount</c>; its <c>level</c> output is control rate.</summary>
    public sealed class ControlProbe : NodeKernel
    {
        public override NodeSpec Spec { get; } = new(
            "probe",
            "Test",
            "Test node.",
            [PortSpec.Signal("in", "Signal."), new("amount", PortRate.Control, 1, 0, 10, "", "Control-rate amount.")],
            [OutputSpec.Out(), new("level", PortRate.Control, "Control-rate output.")]);

        public override void Process(in NodeBlock block)
        {
            var amount = block.First(1);
            var input = block.In(0);
            var output = block.Out(0);
            var level = block.Out(1);
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = input[i] * amount;
                level[i] = amount;
            }
        }
    }
}
