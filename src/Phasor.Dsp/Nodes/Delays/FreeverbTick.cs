using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// The per-sample form of <see cref="FreeverbNode"/>. Memory holds the 24 rings back to back, in the
/// kernel's unit order (left combs, left allpasses, right combs, right allpasses), each exactly as long
/// as its delay; State holds each ring's bounds and write position and each comb's lowpass, one
/// <see cref="FreeverbChannel"/> per side.
/// </summary>
/// <remarks>
/// The idle skip is kept, per frame instead of per 64-frame chunk: a frame counts as quiet when every
/// ring write and every lowpass is zero, and once the longest ring has seen that many quiet frames the
/// whole reverb holds zeros, so a silent input frame gives exactly the zero the full computation would
/// (every loop flushes to +0). Skipped frames leave the write positions alone, which cannot change the
/// output while every ring is zero; so the output is bit-exact with the kernel's however the two skip.
/// </remarks>
public static class FreeverbTick
{
    /// <summary>Coefficient caches, the idle counter, then both channels' rings.</summary>
    public struct State
    {
        /// <summary>Length of the longest ring: quiet frames needed before every ring is zero.</summary>
        public int Longest;

        /// <summary>Consecutive frames that wrote only zeros, up to <see cref="Longest"/>.</summary>
        public int Quiet;

        /// <summary>The feedback input the cached comb gain was computed from (NaN before the first frame).</summary>
        public float Feedback;

        /// <summary>The allpassFeedback input the cached allpass gain was computed from (NaN before the first frame).</summary>
        public float AllpassFeedback;

        /// <summary>The damp input the cached damping was computed from (NaN before the first frame).</summary>
        public float Damp;

        /// <summary>Comb loop gain for <see cref="Feedback"/>.</summary>
        public double Fb;

        /// <summary>Allpass coefficient for <see cref="AllpassFeedback"/>.</summary>
        public double Ap;

        /// <summary>Damping for <see cref="Damp"/>: the comb lowpasses' pole.</summary>
        public double D;

        /// <summary>1 − <see cref="D"/>: the comb lowpasses' input gain.</summary>
        public double OneMinusD;

        /// <summary>The left channel's rings.</summary>
        internal FreeverbChannel Left;

        /// <summary>The right channel's rings.</summary>
        internal FreeverbChannel Right;
    }

    /// <summary>Doubles of ring memory: the sum of the 24 delays in samples.</summary>
    public static int MemorySize(in NodeSetup setup)
    {
        var spread = FreeverbNode.Spread(setup);
        var size = 0;
        for (var u = 0; u < FreeverbNode.Units; u++)
        {
            size += FreeverbNode.UnitLength(u, setup.SampleRate, spread);
        }

        return size;
    }

    /// <summary>Lays the rings out back to back and starts idle, as the kernel's reset does.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        var spread = FreeverbNode.Spread(setup);
        Span<int> bounds = stackalloc int[FreeverbNode.Units + 1];
        var longest = 0;
        for (var u = 0; u < FreeverbNode.Units; u++)
        {
            var length = FreeverbNode.UnitLength(u, setup.SampleRate, spread);
            bounds[u + 1] = bounds[u] + length;
            longest = Math.Max(longest, length);
        }

        s.Longest = longest;
        s.Quiet = longest;
        s.Feedback = float.NaN;
        s.AllpassFeedback = float.NaN;
        s.Damp = float.NaN;
        s.Left.Place(bounds[..(FreeverbNode.Units / 2 + 1)]);
        s.Right.Place(bounds[(FreeverbNode.Units / 2)..]);
    }

    /// <summary>One frame: the mono sum of the inputs through each channel's eight combs, summed, then four allpasses.</summary>
    /// <remarks>The outputs are named leftOut and rightOut because the input ports already take left and right.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Span<double> memory, float left, float right, float feedback, float allpassFeedback, float damp, out float leftOut, out float rightOut)
    {
        var mono = (double)left + right;
        if (mono == 0.0 && s.Quiet >= s.Longest)
        {
            leftOut = 0f;
            rightOut = 0f;
            return;
        }

        Follow(ref s, feedback, allpassFeedback, damp);
        var active = false;
        leftOut = (float)Channel(ref s.Left, memory, mono, s, ref active);
        rightOut = (float)Channel(ref s.Right, memory, mono, s, ref active);
        s.Quiet = active ? 0 : Math.Min(s.Quiet + 1, s.Longest);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Channel(ref FreeverbChannel channel, Span<double> memory, double mono, in State s, ref bool active)
    {
        // Summed from +0 in the kernel's order, so the sum is bit-exact.
        var wet = 0.0;
        (var fb, var d, var oneMinusD, var ap) = (s.Fb, s.D, s.OneMinusD, s.Ap);
        foreach (ref var comb in (Span<FreeverbChannel.CombRing>)channel.Comb)
        {
            wet += Comb(memory, ref comb.Ring, ref comb.Lowpass, mono, fb, d, oneMinusD, ref active);
        }

        foreach (ref var ring in (Span<FreeverbRing>)channel.Allpass)
        {
            wet = Allpass(memory, ref ring, wet, ap, ref active);
        }

        return wet;
    }

    /// <summary>Freeverb's comb (see <see cref="FreeverbStages.Comb"/>) for one frame: returns the loop output, D frames late.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Comb(Span<double> memory, ref FreeverbRing ring, ref double lowpass, double input, double feedback, double d, double oneMinusD, ref bool active)
    {
        var p = ring.Pos;
        var o = memory[p];
        var l = Denormals.Flush((oneMinusD * o) + (d * lowpass));
        var v = Denormals.Flush(input + (feedback * l));
        memory[p] = v;
        lowpass = l;
        active |= (v != 0.0) | (l != 0.0);
        ring.Pos = ++p == ring.End ? ring.Start : p;
        return o;
    }

    /// <summary>Freeverb's allpass (see <see cref="FreeverbStages.Allpass"/>) for one frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Allpass(Span<double> memory, ref FreeverbRing ring, double input, double gain, ref bool active)
    {
        var p = ring.Pos;
        var late = memory[p];
        var v = Denormals.Flush(input + (gain * late));
        memory[p] = v;
        active |= v != 0.0;
        ring.Pos = ++p == ring.End ? ring.Start : p;
        return late - (gain * v);
    }

    /// <summary>Recomputes the coefficients when an input differs from the one they were computed from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Follow(ref State s, float feedback, float allpassFeedback, float damp)
    {
        if (feedback != s.Feedback || allpassFeedback != s.AllpassFeedback || damp != s.Damp)
        {
            SetCoefficients(ref s, feedback, allpassFeedback, damp);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetCoefficients(ref State s, float feedback, float allpassFeedback, float damp)
    {
        s.Feedback = feedback;
        s.AllpassFeedback = allpassFeedback;
        s.Damp = damp;
        s.Fb = LoopGain.Limit(feedback);
        s.Ap = LoopGain.Limit(allpassFeedback);
        s.D = LoopGain.Damping(damp);
        s.OneMinusD = 1.0 - s.D;
    }
}
