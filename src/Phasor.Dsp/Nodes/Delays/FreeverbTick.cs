using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// The per-sample form of <see cref="FreeverbNode"/>. Memory holds the 24 rings back to back, in the
/// kernel's unit order (left combs, left allpasses, right combs, right allpasses), each exactly as long
/// as its delay; State holds each ring's bounds and write position and each comb's lowpass.
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
    /// <summary>Coefficient caches, the idle counter, then each unit's lowpass (combs), ring bounds and write position.</summary>
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

        /// <summary>Lowpass in the loop of the left comb 0.</summary>
        public double LeftComb0Lowpass;

        /// <summary>First memory index of the left comb 0's ring.</summary>
        public int LeftComb0Start;

        /// <summary>Memory index just past the left comb 0's ring.</summary>
        public int LeftComb0End;

        /// <summary>Memory index the left comb 0 reads and then overwrites this frame.</summary>
        public int LeftComb0Pos;

        /// <summary>Lowpass in the loop of the left comb 1.</summary>
        public double LeftComb1Lowpass;

        /// <summary>First memory index of the left comb 1's ring.</summary>
        public int LeftComb1Start;

        /// <summary>Memory index just past the left comb 1's ring.</summary>
        public int LeftComb1End;

        /// <summary>Memory index the left comb 1 reads and then overwrites this frame.</summary>
        public int LeftComb1Pos;

        /// <summary>Lowpass in the loop of the left comb 2.</summary>
        public double LeftComb2Lowpass;

        /// <summary>First memory index of the left comb 2's ring.</summary>
        public int LeftComb2Start;

        /// <summary>Memory index just past the left comb 2's ring.</summary>
        public int LeftComb2End;

        /// <summary>Memory index the left comb 2 reads and then overwrites this frame.</summary>
        public int LeftComb2Pos;

        /// <summary>Lowpass in the loop of the left comb 3.</summary>
        public double LeftComb3Lowpass;

        /// <summary>First memory index of the left comb 3's ring.</summary>
        public int LeftComb3Start;

        /// <summary>Memory index just past the left comb 3's ring.</summary>
        public int LeftComb3End;

        /// <summary>Memory index the left comb 3 reads and then overwrites this frame.</summary>
        public int LeftComb3Pos;

        /// <summary>Lowpass in the loop of the left comb 4.</summary>
        public double LeftComb4Lowpass;

        /// <summary>First memory index of the left comb 4's ring.</summary>
        public int LeftComb4Start;

        /// <summary>Memory index just past the left comb 4's ring.</summary>
        public int LeftComb4End;

        /// <summary>Memory index the left comb 4 reads and then overwrites this frame.</summary>
        public int LeftComb4Pos;

        /// <summary>Lowpass in the loop of the left comb 5.</summary>
        public double LeftComb5Lowpass;

        /// <summary>First memory index of the left comb 5's ring.</summary>
        public int LeftComb5Start;

        /// <summary>Memory index just past the left comb 5's ring.</summary>
        public int LeftComb5End;

        /// <summary>Memory index the left comb 5 reads and then overwrites this frame.</summary>
        public int LeftComb5Pos;

        /// <summary>Lowpass in the loop of the left comb 6.</summary>
        public double LeftComb6Lowpass;

        /// <summary>First memory index of the left comb 6's ring.</summary>
        public int LeftComb6Start;

        /// <summary>Memory index just past the left comb 6's ring.</summary>
        public int LeftComb6End;

        /// <summary>Memory index the left comb 6 reads and then overwrites this frame.</summary>
        public int LeftComb6Pos;

        /// <summary>Lowpass in the loop of the left comb 7.</summary>
        public double LeftComb7Lowpass;

        /// <summary>First memory index of the left comb 7's ring.</summary>
        public int LeftComb7Start;

        /// <summary>Memory index just past the left comb 7's ring.</summary>
        public int LeftComb7End;

        /// <summary>Memory index the left comb 7 reads and then overwrites this frame.</summary>
        public int LeftComb7Pos;

        /// <summary>First memory index of the left allpass 0's ring.</summary>
        public int LeftAllpass0Start;

        /// <summary>Memory index just past the left allpass 0's ring.</summary>
        public int LeftAllpass0End;

        /// <summary>Memory index the left allpass 0 reads and then overwrites this frame.</summary>
        public int LeftAllpass0Pos;

        /// <summary>First memory index of the left allpass 1's ring.</summary>
        public int LeftAllpass1Start;

        /// <summary>Memory index just past the left allpass 1's ring.</summary>
        public int LeftAllpass1End;

        /// <summary>Memory index the left allpass 1 reads and then overwrites this frame.</summary>
        public int LeftAllpass1Pos;

        /// <summary>First memory index of the left allpass 2's ring.</summary>
        public int LeftAllpass2Start;

        /// <summary>Memory index just past the left allpass 2's ring.</summary>
        public int LeftAllpass2End;

        /// <summary>Memory index the left allpass 2 reads and then overwrites this frame.</summary>
        public int LeftAllpass2Pos;

        /// <summary>First memory index of the left allpass 3's ring.</summary>
        public int LeftAllpass3Start;

        /// <summary>Memory index just past the left allpass 3's ring.</summary>
        public int LeftAllpass3End;

        /// <summary>Memory index the left allpass 3 reads and then overwrites this frame.</summary>
        public int LeftAllpass3Pos;

        /// <summary>Lowpass in the loop of the right comb 0.</summary>
        public double RightComb0Lowpass;

        /// <summary>First memory index of the right comb 0's ring.</summary>
        public int RightComb0Start;

        /// <summary>Memory index just past the right comb 0's ring.</summary>
        public int RightComb0End;

        /// <summary>Memory index the right comb 0 reads and then overwrites this frame.</summary>
        public int RightComb0Pos;

        /// <summary>Lowpass in the loop of the right comb 1.</summary>
        public double RightComb1Lowpass;

        /// <summary>First memory index of the right comb 1's ring.</summary>
        public int RightComb1Start;

        /// <summary>Memory index just past the right comb 1's ring.</summary>
        public int RightComb1End;

        /// <summary>Memory index the right comb 1 reads and then overwrites this frame.</summary>
        public int RightComb1Pos;

        /// <summary>Lowpass in the loop of the right comb 2.</summary>
        public double RightComb2Lowpass;

        /// <summary>First memory index of the right comb 2's ring.</summary>
        public int RightComb2Start;

        /// <summary>Memory index just past the right comb 2's ring.</summary>
        public int RightComb2End;

        /// <summary>Memory index the right comb 2 reads and then overwrites this frame.</summary>
        public int RightComb2Pos;

        /// <summary>Lowpass in the loop of the right comb 3.</summary>
        public double RightComb3Lowpass;

        /// <summary>First memory index of the right comb 3's ring.</summary>
        public int RightComb3Start;

        /// <summary>Memory index just past the right comb 3's ring.</summary>
        public int RightComb3End;

        /// <summary>Memory index the right comb 3 reads and then overwrites this frame.</summary>
        public int RightComb3Pos;

        /// <summary>Lowpass in the loop of the right comb 4.</summary>
        public double RightComb4Lowpass;

        /// <summary>First memory index of the right comb 4's ring.</summary>
        public int RightComb4Start;

        /// <summary>Memory index just past the right comb 4's ring.</summary>
        public int RightComb4End;

        /// <summary>Memory index the right comb 4 reads and then overwrites this frame.</summary>
        public int RightComb4Pos;

        /// <summary>Lowpass in the loop of the right comb 5.</summary>
        public double RightComb5Lowpass;

        /// <summary>First memory index of the right comb 5's ring.</summary>
        public int RightComb5Start;

        /// <summary>Memory index just past the right comb 5's ring.</summary>
        public int RightComb5End;

        /// <summary>Memory index the right comb 5 reads and then overwrites this frame.</summary>
        public int RightComb5Pos;

        /// <summary>Lowpass in the loop of the right comb 6.</summary>
        public double RightComb6Lowpass;

        /// <summary>First memory index of the right comb 6's ring.</summary>
        public int RightComb6Start;

        /// <summary>Memory index just past the right comb 6's ring.</summary>
        public int RightComb6End;

        /// <summary>Memory index the right comb 6 reads and then overwrites this frame.</summary>
        public int RightComb6Pos;

        /// <summary>Lowpass in the loop of the right comb 7.</summary>
        public double RightComb7Lowpass;

        /// <summary>First memory index of the right comb 7's ring.</summary>
        public int RightComb7Start;

        /// <summary>Memory index just past the right comb 7's ring.</summary>
        public int RightComb7End;

        /// <summary>Memory index the right comb 7 reads and then overwrites this frame.</summary>
        public int RightComb7Pos;

        /// <summary>First memory index of the right allpass 0's ring.</summary>
        public int RightAllpass0Start;

        /// <summary>Memory index just past the right allpass 0's ring.</summary>
        public int RightAllpass0End;

        /// <summary>Memory index the right allpass 0 reads and then overwrites this frame.</summary>
        public int RightAllpass0Pos;

        /// <summary>First memory index of the right allpass 1's ring.</summary>
        public int RightAllpass1Start;

        /// <summary>Memory index just past the right allpass 1's ring.</summary>
        public int RightAllpass1End;

        /// <summary>Memory index the right allpass 1 reads and then overwrites this frame.</summary>
        public int RightAllpass1Pos;

        /// <summary>First memory index of the right allpass 2's ring.</summary>
        public int RightAllpass2Start;

        /// <summary>Memory index just past the right allpass 2's ring.</summary>
        public int RightAllpass2End;

        /// <summary>Memory index the right allpass 2 reads and then overwrites this frame.</summary>
        public int RightAllpass2Pos;

        /// <summary>First memory index of the right allpass 3's ring.</summary>
        public int RightAllpass3Start;

        /// <summary>Memory index just past the right allpass 3's ring.</summary>
        public int RightAllpass3End;

        /// <summary>Memory index the right allpass 3 reads and then overwrites this frame.</summary>
        public int RightAllpass3Pos;
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
        s.LeftComb0Start = s.LeftComb0Pos = bounds[0];
        s.LeftComb0End = bounds[1];
        s.LeftComb1Start = s.LeftComb1Pos = bounds[1];
        s.LeftComb1End = bounds[2];
        s.LeftComb2Start = s.LeftComb2Pos = bounds[2];
        s.LeftComb2End = bounds[3];
        s.LeftComb3Start = s.LeftComb3Pos = bounds[3];
        s.LeftComb3End = bounds[4];
        s.LeftComb4Start = s.LeftComb4Pos = bounds[4];
        s.LeftComb4End = bounds[5];
        s.LeftComb5Start = s.LeftComb5Pos = bounds[5];
        s.LeftComb5End = bounds[6];
        s.LeftComb6Start = s.LeftComb6Pos = bounds[6];
        s.LeftComb6End = bounds[7];
        s.LeftComb7Start = s.LeftComb7Pos = bounds[7];
        s.LeftComb7End = bounds[8];
        s.LeftAllpass0Start = s.LeftAllpass0Pos = bounds[8];
        s.LeftAllpass0End = bounds[9];
        s.LeftAllpass1Start = s.LeftAllpass1Pos = bounds[9];
        s.LeftAllpass1End = bounds[10];
        s.LeftAllpass2Start = s.LeftAllpass2Pos = bounds[10];
        s.LeftAllpass2End = bounds[11];
        s.LeftAllpass3Start = s.LeftAllpass3Pos = bounds[11];
        s.LeftAllpass3End = bounds[12];
        s.RightComb0Start = s.RightComb0Pos = bounds[12];
        s.RightComb0End = bounds[13];
        s.RightComb1Start = s.RightComb1Pos = bounds[13];
        s.RightComb1End = bounds[14];
        s.RightComb2Start = s.RightComb2Pos = bounds[14];
        s.RightComb2End = bounds[15];
        s.RightComb3Start = s.RightComb3Pos = bounds[15];
        s.RightComb3End = bounds[16];
        s.RightComb4Start = s.RightComb4Pos = bounds[16];
        s.RightComb4End = bounds[17];
        s.RightComb5Start = s.RightComb5Pos = bounds[17];
        s.RightComb5End = bounds[18];
        s.RightComb6Start = s.RightComb6Pos = bounds[18];
        s.RightComb6End = bounds[19];
        s.RightComb7Start = s.RightComb7Pos = bounds[19];
        s.RightComb7End = bounds[20];
        s.RightAllpass0Start = s.RightAllpass0Pos = bounds[20];
        s.RightAllpass0End = bounds[21];
        s.RightAllpass1Start = s.RightAllpass1Pos = bounds[21];
        s.RightAllpass1End = bounds[22];
        s.RightAllpass2Start = s.RightAllpass2Pos = bounds[22];
        s.RightAllpass2End = bounds[23];
        s.RightAllpass3Start = s.RightAllpass3Pos = bounds[23];
        s.RightAllpass3End = bounds[24];
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

        if (feedback != s.Feedback || allpassFeedback != s.AllpassFeedback || damp != s.Damp)
        {
            SetCoefficients(ref s, feedback, allpassFeedback, damp);
        }

        var active = false;
        leftOut = (float)Left(ref s, memory, mono, ref active);
        rightOut = (float)Right(ref s, memory, mono, ref active);
        s.Quiet = active ? 0 : Math.Min(s.Quiet + 1, s.Longest);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Left(ref State s, Span<double> memory, double mono, ref bool active)
    {
        var fb = s.Fb;
        var d = s.D;
        var oneMinusD = s.OneMinusD;
        var ap = s.Ap;

        // Summed from +0 in the kernel's order, so the sum is bit-exact.
        var wet = 0.0;
        wet += Comb(memory, ref s.LeftComb0Pos, s.LeftComb0Start, s.LeftComb0End, ref s.LeftComb0Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.LeftComb1Pos, s.LeftComb1Start, s.LeftComb1End, ref s.LeftComb1Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.LeftComb2Pos, s.LeftComb2Start, s.LeftComb2End, ref s.LeftComb2Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.LeftComb3Pos, s.LeftComb3Start, s.LeftComb3End, ref s.LeftComb3Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.LeftComb4Pos, s.LeftComb4Start, s.LeftComb4End, ref s.LeftComb4Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.LeftComb5Pos, s.LeftComb5Start, s.LeftComb5End, ref s.LeftComb5Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.LeftComb6Pos, s.LeftComb6Start, s.LeftComb6End, ref s.LeftComb6Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.LeftComb7Pos, s.LeftComb7Start, s.LeftComb7End, ref s.LeftComb7Lowpass, mono, fb, d, oneMinusD, ref active);
        wet = Allpass(memory, ref s.LeftAllpass0Pos, s.LeftAllpass0Start, s.LeftAllpass0End, wet, ap, ref active);
        wet = Allpass(memory, ref s.LeftAllpass1Pos, s.LeftAllpass1Start, s.LeftAllpass1End, wet, ap, ref active);
        wet = Allpass(memory, ref s.LeftAllpass2Pos, s.LeftAllpass2Start, s.LeftAllpass2End, wet, ap, ref active);
        wet = Allpass(memory, ref s.LeftAllpass3Pos, s.LeftAllpass3Start, s.LeftAllpass3End, wet, ap, ref active);
        return wet;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Right(ref State s, Span<double> memory, double mono, ref bool active)
    {
        var fb = s.Fb;
        var d = s.D;
        var oneMinusD = s.OneMinusD;
        var ap = s.Ap;

        // Summed from +0 in the kernel's order, so the sum is bit-exact.
        var wet = 0.0;
        wet += Comb(memory, ref s.RightComb0Pos, s.RightComb0Start, s.RightComb0End, ref s.RightComb0Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.RightComb1Pos, s.RightComb1Start, s.RightComb1End, ref s.RightComb1Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.RightComb2Pos, s.RightComb2Start, s.RightComb2End, ref s.RightComb2Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.RightComb3Pos, s.RightComb3Start, s.RightComb3End, ref s.RightComb3Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.RightComb4Pos, s.RightComb4Start, s.RightComb4End, ref s.RightComb4Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.RightComb5Pos, s.RightComb5Start, s.RightComb5End, ref s.RightComb5Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.RightComb6Pos, s.RightComb6Start, s.RightComb6End, ref s.RightComb6Lowpass, mono, fb, d, oneMinusD, ref active);
        wet += Comb(memory, ref s.RightComb7Pos, s.RightComb7Start, s.RightComb7End, ref s.RightComb7Lowpass, mono, fb, d, oneMinusD, ref active);
        wet = Allpass(memory, ref s.RightAllpass0Pos, s.RightAllpass0Start, s.RightAllpass0End, wet, ap, ref active);
        wet = Allpass(memory, ref s.RightAllpass1Pos, s.RightAllpass1Start, s.RightAllpass1End, wet, ap, ref active);
        wet = Allpass(memory, ref s.RightAllpass2Pos, s.RightAllpass2Start, s.RightAllpass2End, wet, ap, ref active);
        wet = Allpass(memory, ref s.RightAllpass3Pos, s.RightAllpass3Start, s.RightAllpass3End, wet, ap, ref active);
        return wet;
    }

    /// <summary>Freeverb's comb (see <see cref="FreeverbStages.Comb"/>) for one frame: returns the loop output, D frames late.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Comb(Span<double> memory, ref int pos, int start, int end, ref double lowpass, double input, double feedback, double d, double oneMinusD, ref bool active)
    {
        var p = pos;
        var o = memory[p];
        var l = Denormals.Flush((oneMinusD * o) + (d * lowpass));
        var v = Denormals.Flush(input + (feedback * l));
        memory[p] = v;
        lowpass = l;
        active |= (v != 0.0) | (l != 0.0);
        pos = ++p == end ? start : p;
        return o;
    }

    /// <summary>Freeverb's allpass (see <see cref="FreeverbStages.Allpass"/>) for one frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Allpass(Span<double> memory, ref int pos, int start, int end, double input, double gain, ref bool active)
    {
        var p = pos;
        var late = memory[p];
        var v = Denormals.Flush(input + (gain * late));
        memory[p] = v;
        active |= v != 0.0;
        pos = ++p == end ? start : p;
        return late - (gain * v);
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
