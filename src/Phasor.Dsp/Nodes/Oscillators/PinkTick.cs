using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The per-sample form of <see cref="PinkNode"/> for compiled backends: the same generator and filter, flushed
/// at the end of every block as the block form flushes.
/// </summary>
public static class PinkTick
{
    /// <summary>The generator, the six pole memories and the delayed direct path.</summary>
    public struct State
    {
        /// <summary>The <see cref="Pcg32"/> state's 64 bits.</summary>
        public long Rng;

        /// <summary>Pole memories, slowest first.</summary>
        public double B0, B1, B2, B3, B4, B5;

        /// <summary>The direct path, one sample late.</summary>
        public double B6;
    }

    /// <summary>Seeds the generator from the <c>seed</c> parameter.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) =>
        s.Rng = Pcg32.FromSeed(setup.Params.Integer(NoiseNode.Seed.Name)).Bits;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, out float @out)
    {
        var rng = Pcg32.FromBits(s.Rng);
        var white = rng.NextBipolar();
        s.Rng = rng.Bits;
        s.B0 = (0.99886 * s.B0) + (white * 0.0555179);
        s.B1 = (0.99332 * s.B1) + (white * 0.0750759);
        s.B2 = (0.96900 * s.B2) + (white * 0.1538520);
        s.B3 = (0.86650 * s.B3) + (white * 0.3104856);
        s.B4 = (0.55000 * s.B4) + (white * 0.5329522);
        s.B5 = (-0.7616 * s.B5) - (white * 0.0168980);
        @out = (float)(PinkNode.OutputGain * (s.B0 + s.B1 + s.B2 + s.B3 + s.B4 + s.B5 + s.B6 + (white * 0.5362)));
        s.B6 = white * 0.115926;
    }

    /// <summary>Flushes the pole memories, where the block form stores them.</summary>
    public static void EndBlock(ref State s)
    {
        s.B0 = Denormals.Flush(s.B0);
        s.B1 = Denormals.Flush(s.B1);
        s.B2 = Denormals.Flush(s.B2);
        s.B3 = Denormals.Flush(s.B3);
        s.B4 = Denormals.Flush(s.B4);
        s.B5 = Denormals.Flush(s.B5);
    }
}
