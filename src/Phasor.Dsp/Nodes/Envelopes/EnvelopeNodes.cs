using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The node kernels of this family, in the order docs list them.</summary>
internal static class EnvelopeNodes
{
    /// <summary>One kernel per node type.</summary>
    public static NodeKernel[] All { get; } =
    [
        new AdsrNode(),
        new ArNode(),
        new SlewNode(),
        new SampleHoldNode(),
        new ClockNode(),
        new SchmittNode(),
        new CounterNode(),
        new StepSequencerNode(),
        new ParamNode(),
    ];
}
