namespace Phasor.Audio.Bench;

/// <summary>The measurements of one fixture: see docs/benchmarks.md for the JSON schema.</summary>
/// <param name="Fixture">Fixture name (sine, fm, complex, or node:TYPE).</param>
/// <param name="Backend">Backend measured.</param>
/// <param name="Seconds">Audio rendered per timed run.</param>
/// <param name="CompileMilliseconds">Time to plan and build the kernel, warm (after one earlier build).</param>
/// <param name="CpuSeconds">Render-thread CPU seconds of each timed run.</param>
/// <param name="AllocatedBytes">Bytes allocated by the render thread over all timed runs.</param>
/// <param name="BlockSize">Frames per block.</param>
/// <param name="SampleRate">Sample rate in Hz.</param>
public sealed record BenchResult(
    string Fixture,
    string Backend,
    double Seconds,
    double CompileMilliseconds,
    double[] CpuSeconds,
    long AllocatedBytes,
    int BlockSize,
    double SampleRate)
{
    /// <summary>Median CPU seconds of the timed runs.</summary>
    public double MedianCpuSeconds => CpuSeconds.Order().ElementAt(CpuSeconds.Length / 2);

    /// <summary>Audio seconds per CPU second.</summary>
    public double RealtimeFactor => Seconds / MedianCpuSeconds;

    /// <summary>CPU microseconds per block.</summary>
    public double MicrosecondsPerBlock => MedianCpuSeconds * 1e6 / (Seconds * SampleRate / BlockSize);
}
