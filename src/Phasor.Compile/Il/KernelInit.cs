using Phasor.Dsp.Kernels;

namespace Phasor.Compile.Il;

/// <summary>The compiled reset function: calls every fused node's Init on its state slice.</summary>
internal delegate void KernelInit(double[] state, NodeSetup[] setups);
