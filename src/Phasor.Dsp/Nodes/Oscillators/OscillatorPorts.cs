using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>Ports and per-sample rules that every oscillator shares.</summary>
internal static class OscillatorPorts
{
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
