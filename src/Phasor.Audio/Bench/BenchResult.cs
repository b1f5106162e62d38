namespace Phasor.Audio.Bench;

/// <summary>The measurements of one fixture: see docs/benchmarks.md for the JSON schema.</summary>
/// <param name="Fixture">Fixture name (sine, fm, complex, or node:TYPE).</param>
/// <param name="Backend">Backend measured.</param>
/// <param name="Seconds">Audio rendered per timed run.</param>
/// <param name="CompileMilliseconds">
/// Time to plan and build the kernel, warm (the compiler has run before) and with nothing cached: every unit's
/// code is emitted and JIT-compiled, as for a patch the session has not seen.
/// </param>
/// <param name="CpuSeconds">Render-thread CPU seconds of each timed run.</param>
/// <param name="AllocatedBytes">Bytes allocated by the render thread over all timed runs.</param>
/// <param name="BlockSize">Frames per block.</param>
/// <param name="SampleRate">Sample rate in Hz.</param>
/// <param name="CachedCompileMilliseconds">
/// The same build again, when every unit's code is found compiled already (a live re-evaluation that changed
/// nothing the units compile to); equal to <paramref name="CompileMilliseconds"/>'s meaning for the reference backend.
/// </param>
/// <param name="PlayableMilliseconds">
/// Time until the kernel can play with nothing cached in the background tiering, as a live session builds it: its
/// quick tier (ticks called, not inlined) plays while the compiled code is built on another thread; equal to
/// <paramref name="CompileMilliseconds"/> for the reference backend.
/// </param>
public sealed record BenchResult(
    string Fixture,
    string Backend,
    double Seconds,
    double CompileMilliseconds,
    double[] CpuSeconds,
    long AllocatedBytes,
    int BlockSize,
    double SampleRate,
    double CachedCompileMilliseconds,
    double PlayableMilliseconds)
{
    /// <summary>Median CPU seconds of the timed runs.</summary>
    public double MedianCpuSeconds => CpuSeconds.Order().ElementAt(CpuSeconds.Length / 2);

    /// <summary>Audio seconds per CPU second.</summary>
    public double RealtimeFactor => Seconds / MedianCpuSeconds;

    /// <summary>CPU microseconds per block.</summary>
    public double MicrosecondsPerBlock => MedianCpuSeconds * 1e6 / (Seconds * SampleRate / BlockSize);
}
