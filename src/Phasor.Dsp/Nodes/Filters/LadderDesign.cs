using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// The coefficients of <see cref="LadderNode"/> from its cutoff and q: one formula in a scalar form (the reference
/// kernel and <see cref="LadderTick"/>) and a vector form (<see cref="LadderLanes"/>) with the same operations in the
/// same order, so every form gets the same bits. A cutoff that follows an envelope runs it every frame, so it costs a
/// rational function and one division: no sine or cosine.
/// </summary>
public static class LadderDesign
{
    // Faust's k = 4·(q − 1/√2)/(25 − 1/√2) as a product: the division is folded into this constant.
    private const double FeedbackPerQ = 4.0 / (LadderNode.QAtThreshold - FilterPorts.Butterworth);

    /// <summary>Faust's q-to-feedback map: 0 at q = 1/√2, 4 (self-oscillation) at q = 25; linear in between. NaN gives 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Feedback(double q)
    {
        var clamped = q > LadderNode.MaxQ ? LadderNode.MaxQ : q;
        clamped = q < FilterPorts.Butterworth || double.IsNaN(q) ? FilterPorts.Butterworth : clamped;
        return (clamped - FilterPorts.Butterworth) * FeedbackPerQ;
    }

    /// <summary><see cref="Feedback(double)"/> on every element, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Feedback(Vector512<double> q)
    {
        var low = Vector512.Create(FilterPorts.Butterworth);
        var high = Vector512.Create(LadderNode.MaxQ);
        var clamped = Vector512.ConditionalSelect(Vector512.GreaterThan(q, high), high, q);
        clamped = Vector512.ConditionalSelect(Vector512.LessThan(q, low) | Vector512.IsNaN(q), low, clamped);
        return (clamped - low) * Vector512.Create(FeedbackPerQ);
    }

    /// <summary>
    /// Stage gain g = tan(π·fc/fs)/(1 + tan(π·fc/fs)), feedback times the states' leak k·(1 − g), and the loop
    /// solution's 1/(1 + k·g⁴), for <paramref name="cutoff"/> in Hz clamped to [1 Hz, 0.49·rate] (NaN gives 1 Hz) and
    /// <paramref name="period"/> = 1/rate. g is within 1e-10 relative of the exact tangent formula (see
    /// <see cref="FastMath.TptGain(double, out double, out double)"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Coefficients(double cutoff, double q, double period, out double g, out double kLeak, out double norm)
    {
        var f = cutoff * period;
        var min = FilterPorts.MinCutoff * period;
        var clamped = f > FilterPorts.MaxCutoffRatio ? FilterPorts.MaxCutoffRatio : f;
        clamped = f < min || double.IsNaN(f) ? min : clamped;
        FastMath.TptGain(clamped, out var num, out var den);
        var k = Feedback(q);

        // g = num/den and 1/(1 + k·g⁴) = den⁴/(den⁴ + k·num⁴) share the one reciprocal 1/(den·(den⁴ + k·num⁴)).
        var num2 = num * num;
        var den2 = den * den;
        var den4 = den2 * den2;
        var loop = den4 + (k * (num2 * num2));
        var r = 1.0 / (den * loop);
        g = (num * loop) * r;
        norm = (den4 * den) * r;
        kLeak = k * (1.0 - g);
    }

    /// <summary><see cref="Coefficients(double, double, double, out double, out double, out double)"/> on every element, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Coefficients(
        Vector512<double> cutoff, Vector512<double> q, Vector512<double> period, out Vector512<double> g, out Vector512<double> kLeak, out Vector512<double> norm)
    {
        var f = cutoff * period;
        var min = Vector512.Create(FilterPorts.MinCutoff) * period;
        var max = Vector512.Create(FilterPorts.MaxCutoffRatio);
        var clamped = Vector512.ConditionalSelect(Vector512.GreaterThan(f, max), max, f);
        clamped = Vector512.ConditionalSelect(Vector512.LessThan(f, min) | Vector512.IsNaN(f), min, clamped);
        FastMath.TptGain(clamped, out var num, out var den);
        var k = Feedback(q);

        var num2 = num * num;
        var den2 = den * den;
        var den4 = den2 * den2;
        var loop = den4 + (k * (num2 * num2));
        var r = Vector512.Create(1.0) / (den * loop);
        g = (num * loop) * r;
        norm = (den4 * den) * r;
        kLeak = k * (Vector512.Create(1.0) - g);
    }
}
