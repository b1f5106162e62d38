namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>One engine's timed calls of a workload's <c>bench()</c>: wall milliseconds per call, the checksum, or why it failed.</summary>
/// <param name="Milliseconds">Wall time of each timed call, after the warm-up calls.</param>
/// <param name="CpuMilliseconds">Process CPU time (user + system, every thread) of each timed call: steadier than wall time on a loaded machine.</param>
/// <param name="Checksum">What <c>String(bench())</c> returned on the last call.</param>
/// <param name="Error">Why the engine could not run the workload, or null.</param>
/// <param name="AllocatedBytes">The least any timed call allocated on the engine's thread (Phasor only; -1 when unknown).</param>
internal sealed record EngineTimes(IReadOnlyList<double> Milliseconds, IReadOnlyList<double> CpuMilliseconds, string? Checksum, string? Error, long AllocatedBytes = -1)
{
    /// <summary>The median time of a call, NaN when the run failed.</summary>
    public double Median => Timings.Median(Milliseconds);

    /// <summary>The median CPU time of a call, NaN when the run failed.</summary>
    public double CpuMedian => Timings.Median(CpuMilliseconds);

    /// <summary>The fastest call, NaN when the run failed.</summary>
    public double Best => Milliseconds.Count == 0 ? double.NaN : Milliseconds.Min();

    /// <summary>The call with the least CPU time, the figure a loaded machine disturbs least; NaN when the run failed.</summary>
    public double CpuBest => CpuMilliseconds.Count == 0 ? double.NaN : CpuMilliseconds.Min();

    /// <summary>These timings followed by <paramref name="more"/>'s (a later round); a failure wins.</summary>
    public EngineTimes Append(EngineTimes more) => Error is not null ? this : more.Error is not null ? more : new(
        [.. Milliseconds, .. more.Milliseconds], [.. CpuMilliseconds, .. more.CpuMilliseconds], more.Checksum ?? Checksum, null,
        AllocatedBytes < 0 ? more.AllocatedBytes : Math.Min(AllocatedBytes, more.AllocatedBytes));

    /// <summary>A failed run.</summary>
    public static EngineTimes Failed(string error) => new([], [], null, error);
}
