using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>The node kernels of this family, in the order docs list them.</summary>
internal static class DelayNodes
{
    /// <summary>One kernel per node type.</summary>
    public static NodeKernel[] All { get; } = [new DelayNode(), new FeedbackDelayNode(), new CombNode(), new AllpassNode(), new FreeverbNode()];
}
