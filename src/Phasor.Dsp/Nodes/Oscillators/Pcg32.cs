using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The PCG32 generator (O'Neill 2014, XSH-RR output on a 64-bit LCG): small, fast and statistically sound for audio noise.
/// Its state lives in two double slots of a node's state (each holds 32 bits exactly), so noise is deterministic per seed
/// and independent of block size.
/// </summary>
internal struct Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private const ulong Increment = 1442695040888963407UL;

    private ulong _state;

    /// <summary>A generator started from <paramref name="seed"/>; nearby seeds give unrelated streams.</summary>
    public static Pcg32 FromSeed(long seed)
    {
        // SplitMix64 spreads small consecutive seeds over the whole state space.
        var z = unchecked((ulong)seed + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        var rng = new Pcg32 { _state = z ^ (z >> 31) };
        rng.NextUInt();
        return rng;
    }

    /// <summary>Reads a generator stored by <see cref="Store"/> at <paramref name="slot"/> and the slot after it.</summary>
    public static Pcg32 Load(ReadOnlySpan<double> state, int slot) =>
        new() { _state = ((ulong)state[slot] << 32) | (ulong)state[slot + 1] };

    /// <summary>Writes the generator into two slots as exact 32-bit integers.</summary>
    public readonly void Store(Span<double> state, int slot)
    {
        state[slot] = _state >> 32;
        state[slot + 1] = _state & 0xFFFFFFFFUL;
    }

    /// <summary>The generator's whole state, for tick forms that keep it in one long.</summary>
    public readonly long Bits => unchecked((long)_state);

    /// <summary>A generator whose <see cref="Bits"/> are <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Pcg32 FromBits(long bits) => new() { _state = unchecked((ulong)bits) };

    /// <summary>The next 32 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt()
    {
        var old = _state;
        _state = unchecked((old * Multiplier) + Increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        return uint.RotateRight(xorShifted, (int)(old >> 59));
    }

    /// <summary>A uniform value in (−1, 1), symmetric about zero, with 24 bits of resolution.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextBipolar() => (((NextUInt() >> 8) + 0.5) * (1.0 / 8388608.0)) - 1.0;
}
