using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The node kernels of this family, in the order docs list them.</summary>
internal static class ShapingNodes
{
    /// <summary>One kernel per node type.</summary>
    public static NodeKernel[] All => [new GainNode()];
}
