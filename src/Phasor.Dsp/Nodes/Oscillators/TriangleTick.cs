using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The per-sample form of <see cref="TriangleNode"/> for compiled backends: <see cref="BlepOscillator.Tick{TShape}"/> on its shape.</summary>
public static class TriangleTick
{
    /// <summary>The fields of <see cref="BlepVoice"/>, in its order: the block loop's locals between frames.</summary>
    public struct State
    {
        /// <summary>Phase in [0, 1).</summary>
        public double Phase;

        /// <summary>Cycles per sample from the previous frame's frequency.</summary>
        public double Increment;

        /// <summary>Phase modulation of the previous frame.</summary>
        public double LastPm;

        /// <summary>Sync input of the previous frame.</summary>
        public double LastSync;

        /// <summary>Clamped width of the previous frame (0.5 for shapes without one).</summary>
        public double LastWidth;

        /// <summary>Sample n−2, complete: the next output.</summary>
        public double Older;

        /// <summary>Sample n−1.</summary>
        public double Old;

        /// <summary>Correction to sample n.</summary>
        public double Now;

        /// <summary>Correction to sample n+1 (zero between frames).</summary>
        public double Next;

        /// <summary>Seconds per frame.</summary>
        public double InvRate;

        /// <summary>1 once the first frame has set the phase offset.</summary>
        public int Started;
    }

    /// <summary>Starts at the first frame's phase offset, as the block form does.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.InvRate = 1.0 / setup.SampleRate;

    /// <summary>One frame; the output lags the phase by two frames, as in the block form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float freq, float pm, float sync, out float @out) =>
        @out = BlepOscillator.Tick<TriangleNode.Shape>(ref BlepVoice.Of(ref s), freq, pm, sync, 0.5f);
}
