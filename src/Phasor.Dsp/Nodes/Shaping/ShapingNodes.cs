using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The node kernels of this family, in the order docs list them.</summary>
internal static class ShapingNodes
{
    /// <summary>One kernel per node type.</summary>
    public static NodeKernel[] All { get; } =
    [
        new GainNode(), new MixNode(), new PanNode(), new XfadeNode(),
        new SaturateNode(), new ClipNode(), new WavefoldNode(),
        new AddNode(), new SubNode(), new MulNode(), new DivNode(), new MinNode(), new MaxNode(),
        new AbsNode(), new ClampNode(), new PowNode(), new ScaleNode(), new MtofNode(), new DbToANode(),
    ];
}
