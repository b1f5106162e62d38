using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>The node kernels of this family, in the order docs list them.</summary>
internal static class FilterNodes
{
    /// <summary>One kernel per node type.</summary>
    public static NodeKernel[] All { get; } = [new OnePoleNode(), new BiquadNode(), new SvfNode(), new LadderNode(), new DcBlockNode()];
}
