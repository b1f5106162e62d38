using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>The per-sample form of <see cref="NoiseNode"/> for compiled backends: the same generator, so the same noise per seed.</summary>
public static class NoiseTick
{
    /// <summary>The generator.</summary>
    public struct State
    {
        /// <summary>The <see cref="Pcg32"/> state's 64 bits.</summary>
        public long Rng;
    }

    /// <summary>Seeds the generator from the <c>seed</c> parameter.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) =>
        s.Rng = Pcg32.FromSeed(setup.Params.Integer(NoiseNode.Seed.Name)).Bits;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, out float @out)
    {
        var rng = Pcg32.FromBits(s.Rng);
        @out = (float)rng.NextBipolar();
        s.Rng = rng.Bits;
    }
}
