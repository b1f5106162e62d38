using System.Globalization;

namespace Phasor.Graph.Diagnostics;

/// <summary>Numbers as people read them in messages and docs: 1000000 not 1E+06, inf for infinity.</summary>
public static class NumberText
{
    /// <summary>Short invariant text for <paramref name="v"/>.</summary>
    public static string Format(double v) => v switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        0 => "0",
        _ when Math.Abs(v) >= 1e-4 && Math.Abs(v) < 1e9 => v.ToString("0.######", CultureInfo.InvariantCulture),
        _ => v.ToString("0.###e0", CultureInfo.InvariantCulture),
    };
}
