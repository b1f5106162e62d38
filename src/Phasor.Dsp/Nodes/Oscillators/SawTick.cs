using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The per-sample form of <see cref="SawNode"/> for compiled backends: <see cref="BlepOscillator.Tick{TShape}"/> on its shape.</summary>
public static class SawTick
{
    /// <summary>The band-limited oscillator's state between frames.</summary>
    public struct State
    {
        /// <summary>What the block loop keeps in locals between frames.</summary>
        public BlepVoice Voice;
    }

    /// <summary>Starts at the first frame's phase offset, as the block form does.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.Voice.InvRate = 1.0 / setup.SampleRate;

    /// <summary>One frame; the output lags the phase by two frames, as in the block form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float freq, float pm, float sync, out float @out) =>
        @out = BlepOscillator.Tick<SawNode.Shape>(ref s.Voice, freq, pm, sync, 0.5f);
}
