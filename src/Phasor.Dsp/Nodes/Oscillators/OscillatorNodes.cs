using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The node kernels of this family, in the order docs list them.</summary>
internal static class OscillatorNodes
{
    /// <summary>One kernel per node type.</summary>
    public static NodeKernel[] All { get; } =
    [
        new SineNode(),
        new SawNode(),
        new SquareNode(),
        new PulseNode(),
        new TriangleNode(),
        new PhasorNode(),
        new NoiseNode(),
        new PinkNode(),
    ];
}
