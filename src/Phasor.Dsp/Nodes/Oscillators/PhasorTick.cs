using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The per-sample form of <see cref="PhasorNode"/> for compiled backends.</summary>
public static class PhasorTick
{
    /// <summary>Phase in cycles, the sync input's previous value, and 1/sampleRate.</summary>
    public struct State
    {
        /// <summary>Phase in [0, 1).</summary>
        public double Phase;

        /// <summary>Sync input of the previous frame.</summary>
        public float LastSync;

        /// <summary>Seconds per frame.</summary>
        public double InvRate;
    }

    /// <summary>Starts at phase 0.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.InvRate = 1.0 / setup.SampleRate;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float freq, float pm, float sync, out float @out)
    {
        var phase = OscillatorPorts.SyncPhase(s.Phase, sync, ref s.LastSync);
        var p = phase + pm;
        var value = (float)(p - Math.Floor(p));

        // A phase a hair below 1 rounds up to 1f; keep the documented half-open range.
        @out = value < 1f ? value : 0f;
        s.Phase = Phase.Advance(phase, freq * s.InvRate);
    }
}
