using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Monitors;

/// <summary>The node kernels of this family, in the order docs list them.</summary>
internal static class MonitorNodes
{
    /// <summary>One kernel per node type.</summary>
    public static NodeKernel[] All { get; } =
    [
        new ScopeNode(),
        new MeterNode(),
        new FollowerNode(),
    ];
}
