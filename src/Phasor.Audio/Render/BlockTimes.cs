namespace Phasor.Audio.Render;

/// <summary>
/// Wall time of every block of a render against its budget (block frames / sample rate): how a
/// user tells whether a patch will hold up live. A 1 µs histogram keeps memory fixed however long
/// the render; recording allocates nothing.
/// </summary>
public sealed class BlockTimes
{
    private const int Buckets = 200_000; // 1 µs each: up to 200 ms per block, longer ones land in the last
    private readonly int[] _histogram = new int[Buckets];

    /// <summary>Blocks measured.</summary>
    public long Count { get; private set; }

    /// <summary>Blocks that took longer than their budget: each would have been an underrun live.</summary>
    public long Underruns { get; private set; }

    /// <summary>Total time spent in blocks.</summary>
    public TimeSpan Total { get; private set; }

    /// <summary>Total audio time of the measured blocks, in seconds (exact: no tick rounding).</summary>
    public double BudgetSeconds { get; private set; }

    /// <summary>Mean audio time of one block, in microseconds.</summary>
    public double AverageBudgetMicroseconds => Count == 0 ? 0 : BudgetSeconds * 1e6 / Count;

    /// <summary>The slowest block.</summary>
    public TimeSpan Max { get; private set; }

    /// <summary>Mean block time.</summary>
    public TimeSpan Average => Count == 0 ? TimeSpan.Zero : Total / Count;

    /// <summary>Share of realtime used: 100 % means the render ran exactly as fast as it plays.</summary>
    public double CpuPercent => BudgetSeconds > 0 ? 100 * Total.TotalSeconds / BudgetSeconds : 0;

    /// <summary>Records one block that took <paramref name="elapsed"/> for <paramref name="budgetSeconds"/> of audio.</summary>
    public void Record(TimeSpan elapsed, double budgetSeconds)
    {
        Count++;
        Total += elapsed;
        BudgetSeconds += budgetSeconds;
        Max = elapsed > Max ? elapsed : Max;
        Underruns += elapsed.TotalSeconds > budgetSeconds ? 1 : 0;
        _histogram[(int)Math.Min(Buckets - 1, elapsed.Ticks / TimeSpan.TicksPerMicrosecond)]++;
    }

    /// <summary>The block time that <paramref name="fraction"/> of blocks stay under (0.99 for p99), to 1 µs.</summary>
    public TimeSpan Percentile(double fraction)
    {
        var target = (long)Math.Ceiling(fraction * Count);
        long seen = 0;
        for (var us = 0; us < Buckets; us++)
        {
            seen += _histogram[us];
            if (seen >= target && seen > 0)
            {
                return TimeSpan.FromMicroseconds(us + 1);
            }
        }

        return Max;
    }
}
