using System.Runtime.CompilerServices;

namespace Phasor.Compile.Il;

/// <summary>The units of a compiled kernel in order: a compiled method per fused or lanes unit, the block runner for the rest.</summary>
internal sealed class KernelProgram(KernelBody?[] units, int reused)
{
    /// <summary>Compiled units in the program.</summary>
    public int Compiled => units.Count(u => u is not null);

    /// <summary>Compiled units whose method came from <see cref="UnitCache"/> rather than a new emission and JIT.</summary>
    public int Reused => reused;

    /// <summary>Runs every unit over <paramref name="frames"/> frames. Render thread only; allocates nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>
    /// Makes the JIT compile every unit now, on the calling (control) thread and the thread pool side by side,
    /// rather than in the first block on the render thread: each unit runs one frame on scratch copies of the
    /// state and buffers, after <paramref name="init"/>, so nothing the kernel plays is touched.
    /// </summary>
    public void Warm(int arenaSize, float[][] buffers, double[] live, BlockRunner runner, Action<double[]> init)
    {
        var compiled = units.Where(u => u is not null).Cast<KernelBody>().ToArray();
        Parallel.For(0, compiled.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, u =>
        {
            var state = new double[arenaSize];
            init(state);
            compiled[u](state, [.. buffers.Select(b => new float[b.Length])], (double[])live.Clone(), 1, runner);
        });
    }
}
