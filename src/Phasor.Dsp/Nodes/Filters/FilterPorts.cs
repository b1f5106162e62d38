using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>Ports and coefficient rules that every filter shares.</summary>
internal static class FilterPorts
{
    /// <summary>Lowest cutoff any filter runs at, in Hz.</summary>
    public const double MinCutoff = 1.0;

    /// <summary>Highest cutoff as a fraction of the sample rate; just below Nyquist so the prewarp stays finite.</summary>
    public const double MaxCutoffRatio = 0.49;

    /// <summary>Q of a maximally flat (Butterworth) second-order response.</summary>
    public const double Butterworth = 0.7071067811865476;

    /// <summary>The signal to filter.</summary>
    public static readonly PortSpec In = PortSpec.Signal("in", "Signal to filter.", required: true);

    /// <summary>Cutoff or centre frequency, modulatable per sample.</summary>
    public static PortSpec Cutoff(string description) =>
        new("cutoff", PortRate.Audio, 1000, 0, 1e6, "Hz", description + " Clamped to [1 Hz, 0.49·rate].");

    /// <summary>Resonance of a second-order section.</summary>
    public static PortSpec Q(string description) =>
        new("q", PortRate.Audio, Butterworth, 0.1, 40, "", description + " 0.7071 is flat (Butterworth).");

    /// <summary>The cutoff clamped to the range every filter accepts; NaN becomes the lowest cutoff rather than poisoning the state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ClampCutoff(double cutoff, double sampleRate) =>
        double.IsNaN(cutoff) ? MinCutoff : Math.Clamp(cutoff, MinCutoff, MaxCutoffRatio * sampleRate);

    /// <summary>
    /// tan(π·fc/fs): the analog frequency that the bilinear transform maps onto the cutoff, so a
    /// trapezoidal (TPT) integrator with this gain puts the analog response exactly at the cutoff.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Prewarp(double cutoff, double sampleRate)
    {
        // tan as sin/cos from one paired evaluation: several times cheaper than Math.Tan, and the
        // ladder recomputes it every sample when an envelope sweeps its cutoff.
        FastMath.SinCosCycles(0.5 * ClampCutoff(cutoff, sampleRate) / sampleRate, out var sin, out var cos);
        return sin / cos;
    }

    /// <summary>The Q of a second-order filter clamped to its port range; also replaces NaN with the flat Q.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ClampQ(double q) => double.IsNaN(q) ? Butterworth : Math.Clamp(q, 0.1, 40.0);
}
