using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="WavefoldNode"/>: the kernel's folding curves, one frame at a time.</summary>
public static class WavefoldTick
{
    /// <summary>The shape choice.</summary>
    public struct State
    {
        /// <summary>Index of the <c>shape</c> choice: 0 sine, 1 triangle.</summary>
        public int Shape;
    }

    /// <summary>Reads the shape choice.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.Shape = setup.Params.Choice("shape");

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float fold, out float @out)
    {
        var u = fold * (double)@in;
        @out = (float)(s.Shape == WavefoldNode.SineShape ? WavefoldNode.Sine(u) : WavefoldNode.Triangle(u));
    }
}
