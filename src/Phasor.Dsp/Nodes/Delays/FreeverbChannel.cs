using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>One side of <see cref="FreeverbTick"/>: eight lowpass-feedback combs then four allpasses.</summary>
internal struct FreeverbChannel
{
    /// <summary>Combs per channel.</summary>
    public const int Combs = 8;

    /// <summary>Allpasses per channel.</summary>
    public const int Allpasses = 4;

    /// <summary>The combs, in the kernel's order.</summary>
    public CombRings Comb;

    /// <summary>The allpasses, in the kernel's order.</summary>
    public AllpassRings Allpass;

    /// <summary>Places the rings at <paramref name="bounds"/> (13 boundaries: combs then allpasses, back to back).</summary>
    public void Place(ReadOnlySpan<int> bounds)
    {
        for (var c = 0; c < Combs; c++)
        {
            Comb[c].Ring = new FreeverbRing { Start = bounds[c], End = bounds[c + 1], Pos = bounds[c] };
        }

        for (var a = 0; a < Allpasses; a++)
        {
            Allpass[a] = new FreeverbRing { Start = bounds[Combs + a], End = bounds[Combs + a + 1], Pos = bounds[Combs + a] };
        }
    }

    /// <summary>A comb's ring and the lowpass in its loop.</summary>
    internal struct CombRing
    {
        /// <summary>The ring.</summary>
        public FreeverbRing Ring;

        /// <summary>Lowpass state in the loop.</summary>
        public double Lowpass;
    }

    /// <summary>Eight combs inline.</summary>
    [InlineArray(Combs)]
    internal struct CombRings
    {
        private CombRing _first;
    }

    /// <summary>Four allpass rings inline.</summary>
    [InlineArray(Allpasses)]
    internal struct AllpassRings
    {
        private FreeverbRing _first;
    }
}
