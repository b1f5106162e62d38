using System.Runtime.CompilerServices;

namespace Phasor.Compile.Il;

/// <summary>
/// The units of a compiled kernel in order: a compiled method per fused, lanes or resample unit and per run of span
/// units, the block runner for the rest.
/// </summary>
/// <param name="units">Per unit, the method that starts at it, or null for the runner's units and those a previous method covers.</param>
/// <param name="covered">Per unit with a method, how many units it runs (more than one for a run of span units).</param>
/// <param name="reused">Methods found in the <see cref="UnitCache"/>.</param>
internal sealed class KernelProgram(KernelBody?[] units, int[] covered, int reused)
{
    // What Run does, in order: a method, or (null) the runner's unit.
    private readonly (KernelBody? Body, int Unit)[] _entries = Entries(units, covered);

    /// <summary>Compiled methods in the program.</summary>
    public int Compiled => units.Count(u => u is not null);

    /// <summary>Compiled methods that came from <see cref="UnitCache"/> rather than a new emission and JIT.</summary>
    public int Reused => reused;

    /// <summary>Runs every unit over <paramref name="frames"/> frames. Render thread only; allocates nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(double[] state, float[][] buffers, double[] live, int frames, BlockRunner runner)
    {
        foreach (var (body, unit) in _entries)
        {
            if (body is not null)
            {
                body(state, buffers, live, frames, runner);
            }
            else
            {
                runner.Run(unit, frames);
            }
        }
    }

    private static (KernelBody?, int)[] Entries(KernelBody?[] units, int[] covered)
    {
        var entries = new List<(KernelBody?, int)>();
        for (var u = 0; u < units.Length; u += units[u] is null ? 1 : covered[u])
        {
            entries.Add((units[u], u));
        }

        return [.. entries];
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
            float[][] scratch = [.. buffers.Select(b => new float[b.Length])];

            // Span units take their blocks from the runner: a runner over the copies keeps them off the playing buffers.
            compiled[u](state, scratch, (double[])live.Clone(), 1, runner.Over(state, scratch));
        });
    }
}
