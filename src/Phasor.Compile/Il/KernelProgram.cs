namespace Phasor.Compile.Il;

/// <summary>The units of a compiled kernel in order: a compiled method per fused unit, the block runner for the rest.</summary>
internal sealed class KernelProgram(KernelBody?[] units)
{
    /// <summary>Runs every unit over <paramref name="frames"/> frames. Render thread only; allocates nothing.</summary>
    public void Run(double[] state, float[][] buffers, double[] live, int frames, BlockRunner runner)
    {
        for (var u = 0; u < units.Length; u++)
        {
            if (units[u] is { } fused)
            {
                fused(state, buffers, live, frames, runner);
            }
            else
            {
                runner.Run(u, frames);
            }
        }
    }
}
