namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>One workload measured in Phasor and, where Node is present, in <c>node --jitless</c> and <c>node</c>.</summary>
internal sealed record WorkloadResult(string Name, EngineTimes Phasor, EngineTimes? Jitless, EngineTimes? Node)
{
    /// <summary>Phasor's median time over <c>node --jitless</c>'s (above 1: Phasor is slower); NaN without Node.</summary>
    public double RatioToJitless => Ratio(Jitless);

    /// <summary>Phasor's median time over <c>node</c>'s (with its JIT); NaN without Node.</summary>
    public double RatioToNode => Ratio(Node);

    /// <summary>Phasor's median CPU time over <c>node --jitless</c>'s; NaN without Node.</summary>
    public double CpuRatioToJitless => Jitless is null || Jitless.Error is not null ? double.NaN : Phasor.CpuMedian / Jitless.CpuMedian;

    /// <summary>Phasor's least CPU time of a call over <c>node --jitless</c>'s: the ratio a loaded machine disturbs least.</summary>
    public double BestCpuRatioToJitless => Jitless is null || Jitless.Error is not null ? double.NaN : Phasor.CpuBest / Jitless.CpuBest;

    /// <summary>Whether every engine that ran computed Phasor's checksum.</summary>
    public bool ChecksumsAgree =>
        Phasor.Error is null && Agrees(Jitless) && Agrees(Node);

    private bool Agrees(EngineTimes? other) => other is null || other.Error is not null || other.Checksum == Phasor.Checksum;

    private double Ratio(EngineTimes? other) => other is null || other.Error is not null ? double.NaN : Phasor.Median / other.Median;
}
