using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// <see cref="LinearEnvelope.Frame"/> with the idle early return of the adsr and ar tick forms, for
/// <see cref="Lanes.Count"/> voices at once: branch-free (a rising gate included), idle voices keep their state.
/// </summary>
internal static class LinearEnvelopeLanes
{
    /// <summary>One frame of every voice; returns the float output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Frame(
        Vector512<double> gate,
        ref Vector512<double> held,
        ref Vector512<double> released,
        ref Vector512<double> level,
        ref Vector512<double> lastGate,
        Vector512<double> attackSamples,
        Vector512<double> releaseSamples,
        Vector512<double> sustain,
        Vector512<double> decaySlope,
        Vector512<double> invAttack,
        Vector512<double> invRelease)
    {
        var zero = Vector512<double>.Zero;
        var one = Vector512.Create(1.0);
        var on = Vector512.GreaterThan(gate, zero);

        // A rising gate restarts the attack where the curve equals the current level.
        var rising = on & ~Lanes.NonZero(lastGate);
        var newHeld = Vector512.ConditionalSelect(rising, level * attackSamples, held) + one;
        var releasing = Vector512.LessThan(released, releaseSamples) & Vector512.GreaterThan(held, zero);
        newHeld = Vector512.ConditionalSelect(on, newHeld, held);
        var newReleased = Vector512.ConditionalSelect(on, zero, Vector512.ConditionalSelect(releasing, released + one, released));
        var ads = Vector512.Min(newHeld * invAttack, Vector512.Max(one - ((newHeld - attackSamples) * decaySlope), sustain));
        var newLevel = Vector512.Max(zero, ads * (one - (newReleased * invRelease)));
        newHeld = Vector512.ConditionalSelect(~on & Vector512.Equals(newLevel, zero), zero, newHeld);

        // Idle voices (gate low, nothing held) output 0 and keep their state, as the tick forms' early return does.
        var idle = ~on & Vector512.Equals(held, zero);
        held = Vector512.ConditionalSelect(idle, held, newHeld);
        released = Vector512.ConditionalSelect(idle, released, newReleased);
        level = Vector512.ConditionalSelect(idle, level, newLevel);
        lastGate = Lanes.OneWhere(on);
        return Vector512.ConditionalSelect(idle, zero, Lanes.RoundToSingle(newLevel));
    }
}
