using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The per-sample form of <see cref="SineNode"/> for compiled backends.</summary>
public static class SineTick
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
        @out = (float)FastMath.SinCycles(phase + pm);
        s.Phase = Phase.Advance(phase, freq * s.InvRate);
    }
}
