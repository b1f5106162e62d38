using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Delays;
using Phasor.Dsp.Nodes.Envelopes;
using Phasor.Dsp.Nodes.Filters;
using Phasor.Dsp.Nodes.Monitors;
using Phasor.Dsp.Nodes.Oscillators;
using Phasor.Dsp.Nodes.Shaping;

namespace Phasor.Dsp.Nodes;

/// <summary>Every node kernel Phasor ships, family by family; the Graph catalogue is built from this list.</summary>
public static class NodeLibrary
{
    /// <summary>All kernels, one per node type.</summary>
    public static IReadOnlyList<NodeKernel> All { get; } =
    [
        .. OscillatorNodes.All,
        .. FilterNodes.All,
        .. EnvelopeNodes.All,
        .. DelayNodes.All,
        .. ShapingNodes.All,
        .. MonitorNodes.All,
    ];
}
