namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>Order statistics of a set of timings (milliseconds).</summary>
internal static class Timings
{
    /// <summary>The median: the mean of the middle two for an even count.</summary>
    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    /// <summary>The <paramref name="fraction"/> quantile, interpolated linearly between neighbours.</summary>
    public static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var position = fraction * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
