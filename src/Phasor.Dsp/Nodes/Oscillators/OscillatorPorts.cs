using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>Ports and per-sample rules that every oscillator shares.</summary>
internal static class OscillatorPorts
{
    /// <summary>Frequency input: audio rate, so a connected signal gives linear FM (negative values run the phase backwards).</summary>
    public static readonly PortSpec Freq = new("freq", PortRate.Audio, 440, 0, 1e6, "Hz", "Frequency; connect a signal for linear FM.");

    /// <summary>Phase modulation input, in cycles, added to the phase.</summary>
    public static readonly PortSpec Pm = new("pm", PortRate.Audio, 0, -1e6, 1e6, "cycles", "Phase modulation, added to the phase.");

    /// <summary>Hard-sync input: a rising edge through zero restarts the cycle.</summary>
    public static readonly PortSpec Sync = new("sync", PortRate.Audio, 0, double.NegativeInfinity, double.PositiveInfinity, "", "Hard sync: the phase restarts when this rises above zero.");

    /// <summary>Returns the phase, restarted to zero on a rising edge of <paramref name="sync"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SyncPhase(double phase, float sync, ref float lastSync)
    {
        var rising = sync > 0f && lastSync <= 0f;
        lastSync = sync;
        return rising ? 0.0 : phase;
    }
}
