using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// The span form of <see cref="FreeverbNode"/>: stage by stage over a chunk of frames, as the block kernel runs it, on the
/// tick form's rings. Each ring belongs to one stage and each stage reads the previous one's output of the same frame,
/// so a stage may run all the frames of a chunk before the next begins and every ring sees the same reads and writes
/// in the same order. Four combs share a loop, so their lowpass recurrences overlap instead of running one after the
/// other; the allpasses have no recurrence within a chunk at all. A chunk in which the tick form could skip a silent
/// frame (every ring quiet for the longest ring's length) or whose coefficients move runs the tick form instead.
/// </summary>
public static class FreeverbSpan
{
    private const int Left = 0, Right = 1, Feedback = 2, AllpassFeedback = 3, Damp = 4;
    private const int Chunk = 128;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref FreeverbTick.State s, Span<double> memory, in NodeBlock block)
    {
        var left = block.In(Left);
        var right = block.In(Right);
        var feedback = block.In(Feedback);
        var allpassFeedback = block.In(AllpassFeedback);
        var damp = block.In(Damp);
        var leftOut = block.Out(0);
        var rightOut = block.Out(1);
        var steady = block.IsConstant(Feedback) && block.IsConstant(AllpassFeedback) && block.IsConstant(Damp);
        Span<double> mono = stackalloc double[Chunk];
        Span<double> wet = stackalloc double[Chunk];
        for (var start = 0; start < leftOut.Length; start += Chunk)
        {
            var n = Math.Min(Chunk, leftOut.Length - start);

            // The quiet count rises by at most one a frame: below the longest ring's length all through, no frame is skipped.
            if (!steady || s.Quiet + n > s.Longest)
            {
                Ticks(ref s, memory, in block, start, start + n);
                continue;
            }

            FreeverbTick.Follow(ref s, feedback[0], allpassFeedback[0], damp[0]);
            for (var i = 0; i < n; i++)
            {
                mono[i] = (double)left[start + i] + right[start + i];
            }

            var last = Math.Max(
                Channel(ref s.Left, memory, mono[..n], wet[..n], in s, leftOut.Slice(start, n)),
                Channel(ref s.Right, memory, mono[..n], wet[..n], in s, rightOut.Slice(start, n)));
            s.Quiet = last >= 0 ? Math.Min(n - 1 - last, s.Longest) : Math.Min(s.Quiet + n, s.Longest);
        }
    }

    /// <summary>One channel over a chunk; returns the last frame in which it wrote anything but zero, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Channel(ref FreeverbChannel channel, Span<double> memory, ReadOnlySpan<double> mono, Span<double> wet, in FreeverbTick.State s, Span<float> output)
    {
        // Summed from +0 in the tick form's comb order, so the sum is bit-exact.
        wet.Clear();
        var last = Vector512.IsHardwareAccelerated
            ? Combs(memory, ref channel.Comb, mono, wet, in s)
            : Math.Max(
                Combs(memory, ref channel.Comb[0], ref channel.Comb[1], ref channel.Comb[2], ref channel.Comb[3], mono, wet, in s),
                Combs(memory, ref channel.Comb[4], ref channel.Comb[5], ref channel.Comb[6], ref channel.Comb[7], mono, wet, in s));
        for (var a = 0; a < FreeverbChannel.Allpasses; a++)
        {
            last = Math.Max(last, Allpass(memory, ref channel.Allpass[a], wet, s.Ap));
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)wet[i];
        }

        return last;
    }

    /// <summary>
    /// The eight combs of a channel side by side, one per vector lane: the tick form's <c>Comb</c> frame by frame with
    /// the same operations in the same order (products and sums rounded one by one, as the scalar code does), so the
    /// same bits; their outputs added to <paramref name="wet"/> in comb order. The rings are read and written one
    /// slot per lane, since each comb is at its own place in its own ring.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Combs(Span<double> memory, ref FreeverbChannel.CombRings combs, ReadOnlySpan<double> mono, Span<double> wet, in FreeverbTick.State s)
    {
        var fb = Vector512.Create(s.Fb);
        var d = Vector512.Create(s.D);
        var oneMinusD = Vector512.Create(s.OneMinusD);
        ref var c0 = ref combs[0];
        ref var c1 = ref combs[1];
        ref var c2 = ref combs[2];
        ref var c3 = ref combs[3];
        ref var c4 = ref combs[4];
        ref var c5 = ref combs[5];
        ref var c6 = ref combs[6];
        ref var c7 = ref combs[7];
        var (p0, p1, p2, p3, p4, p5, p6, p7) = (c0.Ring.Pos, c1.Ring.Pos, c2.Ring.Pos, c3.Ring.Pos, c4.Ring.Pos, c5.Ring.Pos, c6.Ring.Pos, c7.Ring.Pos);
        var lowpass = Vector512.Create(c0.Lowpass, c1.Lowpass, c2.Lowpass, c3.Lowpass, c4.Lowpass, c5.Lowpass, c6.Lowpass, c7.Lowpass);
        var last = -1;
        for (var k = 0; k < wet.Length; k++)
        {
            var x = Vector512.Create(mono[k]);
            var (o0, o1, o2, o3, o4, o5, o6, o7) = (memory[p0], memory[p1], memory[p2], memory[p3], memory[p4], memory[p5], memory[p6], memory[p7]);
            lowpass = Denormals.Flush((oneMinusD * Vector512.Create(o0, o1, o2, o3, o4, o5, o6, o7)) + (d * lowpass));
            var v = Denormals.Flush(x + (fb * lowpass));
            memory[p0] = v.GetElement(0);
            memory[p1] = v.GetElement(1);
            memory[p2] = v.GetElement(2);
            memory[p3] = v.GetElement(3);
            memory[p4] = v.GetElement(4);
            memory[p5] = v.GetElement(5);
            memory[p6] = v.GetElement(6);
            memory[p7] = v.GetElement(7);
            wet[k] = (((((((wet[k] + o0) + o1) + o2) + o3) + o4) + o5) + o6) + o7;
            if (!Vector512.EqualsAll(v, Vector512<double>.Zero) || !Vector512.EqualsAll(lowpass, Vector512<double>.Zero))
            {
                last = k;
            }

            p0 = ++p0 == c0.Ring.End ? c0.Ring.Start : p0;
            p1 = ++p1 == c1.Ring.End ? c1.Ring.Start : p1;
            p2 = ++p2 == c2.Ring.End ? c2.Ring.Start : p2;
            p3 = ++p3 == c3.Ring.End ? c3.Ring.Start : p3;
            p4 = ++p4 == c4.Ring.End ? c4.Ring.Start : p4;
            p5 = ++p5 == c5.Ring.End ? c5.Ring.Start : p5;
            p6 = ++p6 == c6.Ring.End ? c6.Ring.Start : p6;
            p7 = ++p7 == c7.Ring.End ? c7.Ring.Start : p7;
        }

        (c0.Ring.Pos, c1.Ring.Pos, c2.Ring.Pos, c3.Ring.Pos, c4.Ring.Pos, c5.Ring.Pos, c6.Ring.Pos, c7.Ring.Pos) = (p0, p1, p2, p3, p4, p5, p6, p7);
        (c0.Lowpass, c1.Lowpass, c2.Lowpass, c3.Lowpass) = (lowpass.GetElement(0), lowpass.GetElement(1), lowpass.GetElement(2), lowpass.GetElement(3));
        (c4.Lowpass, c5.Lowpass, c6.Lowpass, c7.Lowpass) = (lowpass.GetElement(4), lowpass.GetElement(5), lowpass.GetElement(6), lowpass.GetElement(7));
        return last;
    }

    /// <summary>Four combs side by side (the tick form's <c>Comb</c>, frame by frame), their outputs added to <paramref name="wet"/> in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Combs(Span<double> memory, ref FreeverbChannel.CombRing c0, ref FreeverbChannel.CombRing c1, ref FreeverbChannel.CombRing c2, ref FreeverbChannel.CombRing c3, ReadOnlySpan<double> mono, Span<double> wet, in FreeverbTick.State s)
    {
        var (fb, d, oneMinusD) = (s.Fb, s.D, s.OneMinusD);
        var (p0, p1, p2, p3) = (c0.Ring.Pos, c1.Ring.Pos, c2.Ring.Pos, c3.Ring.Pos);
        var (l0, l1, l2, l3) = (c0.Lowpass, c1.Lowpass, c2.Lowpass, c3.Lowpass);
        var last = -1;
        for (var k = 0; k < wet.Length; k++)
        {
            var x = mono[k];
            var (o0, o1, o2, o3) = (memory[p0], memory[p1], memory[p2], memory[p3]);
            l0 = Denormals.Flush((oneMinusD * o0) + (d * l0));
            l1 = Denormals.Flush((oneMinusD * o1) + (d * l1));
            l2 = Denormals.Flush((oneMinusD * o2) + (d * l2));
            l3 = Denormals.Flush((oneMinusD * o3) + (d * l3));
            var v0 = Denormals.Flush(x + (fb * l0));
            var v1 = Denormals.Flush(x + (fb * l1));
            var v2 = Denormals.Flush(x + (fb * l2));
            var v3 = Denormals.Flush(x + (fb * l3));
            (memory[p0], memory[p1], memory[p2], memory[p3]) = (v0, v1, v2, v3);
            wet[k] = (((wet[k] + o0) + o1) + o2) + o3;
            if ((v0 != 0.0) | (l0 != 0.0) | (v1 != 0.0) | (l1 != 0.0) | (v2 != 0.0) | (l2 != 0.0) | (v3 != 0.0) | (l3 != 0.0))
            {
                last = k;
            }

            p0 = ++p0 == c0.Ring.End ? c0.Ring.Start : p0;
            p1 = ++p1 == c1.Ring.End ? c1.Ring.Start : p1;
            p2 = ++p2 == c2.Ring.End ? c2.Ring.Start : p2;
            p3 = ++p3 == c3.Ring.End ? c3.Ring.Start : p3;
        }

        (c0.Ring.Pos, c1.Ring.Pos, c2.Ring.Pos, c3.Ring.Pos) = (p0, p1, p2, p3);
        (c0.Lowpass, c1.Lowpass, c2.Lowpass, c3.Lowpass) = (l0, l1, l2, l3);
        return last;
    }

    /// <summary>
    /// One allpass over the chunk, in place: the tick form's <c>Allpass</c> frame by frame, eight frames to a vector
    /// where neither the chunk nor the ring ends within them. Eight consecutive frames read and write eight distinct
    /// slots, each read before its own write as in the tick form, and no frame reads what another of the eight writes,
    /// so the vector step gives the same bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Allpass(Span<double> memory, ref FreeverbRing ring, Span<double> signal, double gain)
    {
        var p = ring.Pos;
        var last = -1;
        var g = Vector512.Create(gain);
        for (var k = 0; k < signal.Length;)
        {
            if (Vector512.IsHardwareAccelerated && k + Vector512<double>.Count <= signal.Length && p + Vector512<double>.Count <= ring.End)
            {
                var late = Vector512.Create((ReadOnlySpan<double>)memory.Slice(p, Vector512<double>.Count));
                var v = Denormals.Flush(Vector512.Create((ReadOnlySpan<double>)signal.Slice(k, Vector512<double>.Count)) + (g * late));
                v.CopyTo(memory.Slice(p, Vector512<double>.Count));
                var written = (~Vector512.Equals(v, Vector512<double>.Zero)).ExtractMostSignificantBits();
                if (written != 0)
                {
                    last = k + BitOperations.Log2(written);
                }

                (late - (g * v)).CopyTo(signal.Slice(k, Vector512<double>.Count));
                k += Vector512<double>.Count;
                p += Vector512<double>.Count;
                p = p == ring.End ? ring.Start : p;
                continue;
            }

            var lateOne = memory[p];
            var one = Denormals.Flush(signal[k] + (gain * lateOne));
            memory[p] = one;
            if (one != 0.0)
            {
                last = k;
            }

            signal[k] = lateOne - (gain * one);
            p = ++p == ring.End ? ring.Start : p;
            k++;
        }

        ring.Pos = p;
        return last;
    }

    /// <summary>Frames [<paramref name="start"/>, <paramref name="end"/>) by the tick form.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Ticks(ref FreeverbTick.State s, Span<double> memory, in NodeBlock block, int start, int end)
    {
        var left = block.In(Left);
        var right = block.In(Right);
        var feedback = block.In(Feedback);
        var allpassFeedback = block.In(AllpassFeedback);
        var damp = block.In(Damp);
        var leftOut = block.Out(0);
        var rightOut = block.Out(1);
        for (var k = start; k < end; k++)
        {
            FreeverbTick.Tick(ref s, memory, left[k], right[k], feedback[k], allpassFeedback[k], damp[k], out leftOut[k], out rightOut[k]);
        }
    }
}
