using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The span form of <see cref="PanNode"/>: each channel is one double product per frame on double vectors, rounded to
/// float once as there, with gains settled once by the tick form for a constant position, or else for every frame
/// through <see cref="FastMath.SinCosCycles(Vector512{double}, out Vector512{double}, out Vector512{double})"/>, bit for
/// bit the scalar gains, with the cache left as the tick form leaves it.
/// </summary>
public static class PanSpan
{
    private const int In = 0, Pos = 1;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref PanTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var pos = block.In(Pos);
        var left = block.Out(0);
        var right = block.Out(1);
        var i = 0;

        // A NaN position would recompute its gains every frame; any other constant compares equal to the first frame's.
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Pos) && !float.IsNaN(pos[0]) && left.Length >= FrameVectors.Width)
        {
            PanTick.Tick(ref s, input[0], pos[0], out left[0], out right[0]);
            var (gainL, gainR) = (Vector512.Create(s.Left), Vector512.Create(s.Right));
            for (i = 1; i + FrameVectors.Width <= left.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(left, i, low * gainL, high * gainL);
                FrameVectors.Store(right, i, low * gainR, high * gainR);
            }
        }
        else if (Vector512.IsHardwareAccelerated)
        {
            // Gains for every frame give what the cache gives: a frame that keeps the cache differs from it at most in
            // the sign of a zero, which has the same gains.
            for (; i + FrameVectors.Width <= left.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(input, i);
                var (posLow, posHigh) = FrameVectors.Load(pos, i);
                Gains(posLow, out var leftLow, out var rightLow);
                Gains(posHigh, out var leftHigh, out var rightHigh);
                FrameVectors.Store(left, i, low * leftLow, high * leftHigh);
                FrameVectors.Store(right, i, low * rightLow, high * rightHigh);
            }

            var last = FrameVectors.LastChange(pos, i, s.Pos);
            if (last >= 0)
            {
                s.Pos = pos[last];
                PanNode.Gains(pos[last], out s.Left, out s.Right);
            }
        }

        for (; i < left.Length; i++)
        {
            PanTick.Tick(ref s, input[i], pos[i], out left[i], out right[i]);
        }
    }

    /// <summary><see cref="PanNode.Gains"/> on every element, step for step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Gains(Vector512<double> pos, out Vector512<double> left, out Vector512<double> right)
    {
        // Math.Clamp(pos, -1, 1): NaN and −0 pass through.
        var (one, minusOne) = (Vector512.Create(1.0), Vector512.Create(-1.0));
        var clamped = Vector512.ConditionalSelect(Vector512.GreaterThan(pos, one), one, pos);
        clamped = Vector512.ConditionalSelect(Vector512.LessThan(pos, minusOne), minusOne, clamped);
        FastMath.SinCosCycles((clamped + one) * Vector512.Create(0.125), out right, out left);
    }
}
