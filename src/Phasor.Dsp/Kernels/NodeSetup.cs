namespace Phasor.Dsp.Kernels;

/// <summary>What a kernel knows when its state is sized and reset: the rate it runs at, the largest call, its parameters.</summary>
/// <param name="SampleRate">Rate the node runs at, in Hz; already multiplied by the node's oversampling factor.</param>
/// <param name="MaxFrames">Largest frame count of one process call at that rate.</param>
/// <param name="Params">The node's constant parameters.</param>
public readonly record struct NodeSetup(double SampleRate, int MaxFrames, NodeParams Params);
