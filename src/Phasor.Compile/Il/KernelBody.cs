namespace Phasor.Compile.Il;

/// <summary>
/// The compiled block function: runs every unit of the plan over <paramref name="frames"/> frames.
/// <paramref name="live"/> holds (start, step) pairs for constants changed while running.
/// </summary>
internal delegate void KernelBody(double[] state, float[][] buffers, double[] live, int frames, BlockRunner runner);
