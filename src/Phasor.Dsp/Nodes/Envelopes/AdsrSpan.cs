using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The span form of <see cref="AdsrNode"/>. Between gate edges the <see cref="LinearEnvelope"/> counters move by one per
/// frame, so sixteen frames of a held gate, of a release, or of silence are closed forms of the counters at the step's
/// start, with the tick form's operations in its order. Any other step (an edge, the release reaching zero, a counter
/// too small for the closed form to round as the frame-by-frame sum does) runs the tick form.
/// </summary>
public static class AdsrSpan
{
    private const int Gate = 0, Attack = 1, Decay = 2, Sustain = 3, Release = 4;

    // From 16 up, held + k rounds as k additions of 1 do: each addition is exact but the one that enters the next binade.
    private const double ExactHeld = 16;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref AdsrTick.State s, in NodeBlock block)
    {
        var gate = block.In(Gate);
        var output = block.Out(0);
        var (attack, decay, sustain, release) = (block.First(Attack), block.First(Decay), block.First(Sustain), block.First(Release));
        AdsrTick.Follow(ref s, attack, decay, sustain, release);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var on = Vector512.GreaterThan(FrameVectors.LoadSingle(gate, i), Vector512<float>.Zero).ExtractMostSignificantBits();
                var done = on switch
                {
                    0xFFFF => s.LastGate != 0 && s.Held >= ExactHeld && Held(ref s, output, i),
                    0 => s.Held == 0 ? Idle(ref s, output, i) : Released(ref s, output, i),
                    _ => false,
                };

                if (!done)
                {
                    Ticks(ref s, gate, output, i, i + FrameVectors.Width, attack, decay, sustain, release);
                }
            }
        }

        Ticks(ref s, gate, output, i, output.Length, attack, decay, sustain, release);
    }

    /// <summary>Frames [<paramref name="start"/>, <paramref name="end"/>) by the tick form.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Ticks(ref AdsrTick.State s, ReadOnlySpan<float> gate, Span<float> output, int start, int end, float attack, float decay, float sustain, float release)
    {
        for (var k = start; k < end; k++)
        {
            AdsrTick.Tick(ref s, gate[k], attack, decay, sustain, release, out output[k]);
        }
    }

    /// <summary>Gate held: attack, decay or sustain, from the held counter alone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Held(ref AdsrTick.State s, Span<float> output, int start)
    {
        var eight = Vector512.Create(8.0);
        var low = Vector512.Create(s.Held) + (FrameVectors.Indices + Vector512<double>.One);
        var high = low + eight;

        // The release factor with the counter at 0: 1, unless the release length is not a number (0 · NaN is NaN).
        var release = Vector512.Create(1.0 - (0.0 * s.InvRelease));
        var levelLow = Vector512.Max(Vector512<double>.Zero, Curve(in s, low) * release);
        var levelHigh = Vector512.Max(Vector512<double>.Zero, Curve(in s, high) * release);
        FrameVectors.Store(output, start, levelLow, levelHigh);
        s.Held = high.GetElement(7);
        s.Released = 0;
        s.Level = levelHigh.GetElement(7);
        return true;
    }

    /// <summary>Gate low after the release ended: nothing moves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Idle(ref AdsrTick.State s, Span<float> output, int start)
    {
        output.Slice(start, FrameVectors.Width).Clear();
        s.LastGate = 0;
        return true;
    }

    /// <summary>Gate low during the release: the curve is frozen and the release counter climbs to its cap; false when the level reaches zero within the step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Released(ref AdsrTick.State s, Span<float> output, int start)
    {
        if (Math.Floor(s.Released) != s.Released || !(s.Held > 0))
        {
            // The tick form only ever counts whole samples, and only above a held count of 0 (NaN included: the
            // counter stops); anything else is left to it.
            return false;
        }

        // The counter only moves while below the release length, by whole samples from a whole number: it stops at ceil(length).
        var cap = Vector512.Create(s.Released < s.ReleaseSamples ? Math.Ceiling(s.ReleaseSamples) : s.Released);
        var low = Vector512.Min(Vector512.Create(s.Released) + (FrameVectors.Indices + Vector512<double>.One), cap);
        var high = Vector512.Min(low + Vector512.Create(8.0), cap);
        var curve = Curve(in s, Vector512.Create(s.Held));
        var invRelease = Vector512.Create(s.InvRelease);
        var levelLow = Vector512.Max(Vector512<double>.Zero, curve * (Vector512<double>.One - (low * invRelease)));
        var levelHigh = Vector512.Max(Vector512<double>.Zero, curve * (Vector512<double>.One - (high * invRelease)));
        if (Vector512.EqualsAny(levelLow, Vector512<double>.Zero) || Vector512.EqualsAny(levelHigh, Vector512<double>.Zero))
        {
            // At zero the tick form forgets the attack (held goes back to 0) in the frame where it happens.
            return false;
        }

        FrameVectors.Store(output, start, levelLow, levelHigh);
        s.Released = high.GetElement(7);
        s.Level = levelHigh.GetElement(7);
        s.LastGate = 0;
        return true;
    }

    /// <summary>The attack-decay-sustain curve at held counts <paramref name="held"/>, as <see cref="LinearEnvelope.Frame"/> computes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Curve(in AdsrTick.State s, Vector512<double> held)
    {
        var rise = held * Vector512.Create(s.InvAttack);
        var fall = Vector512<double>.One - ((held - Vector512.Create(s.AttackSamples)) * Vector512.Create(s.DecaySlope));
        return Vector512.Min(rise, Vector512.Max(fall, Vector512.Create(s.SustainLevel)));
    }
}
