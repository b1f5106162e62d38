using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The span form of <see cref="SaturateNode"/>: the curve runs on double vectors through
/// <see cref="FastMath.Tanh(Vector512{double})"/>, bit for bit the scalar one, with the effective drive and make-up gain
/// settled once by the tick form for a constant drive, or else for every frame in the tick form's steps, with the cache
/// left as the tick form leaves it.
/// </summary>
public static class SaturateSpan
{
    private const int In = 0, Drive = 1;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref SaturateTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var drive = block.In(Drive);
        var output = block.Out(0);
        var i = 0;

        // A NaN drive would be settled again every frame; any other constant compares equal to the first frame's.
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Drive) && !float.IsNaN(drive[0]) && output.Length >= FrameVectors.Width)
        {
            SaturateTick.Tick(ref s, input[0], drive[0], out output[0]);
            var (d, makeup) = (Vector512.Create(s.D), Vector512.Create(s.Makeup));
            for (i = 1; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(output, i, FastMath.Tanh(d * low) * makeup, FastMath.Tanh(d * high) * makeup);
            }
        }
        else if (Vector512.IsHardwareAccelerated)
        {
            // Settling every frame gives what the cache gives: a frame that keeps the cache differs from it at most in
            // the sign of a zero, which has the same magnitude.
            var compensate = s.Compensate != 0;
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(input, i);
                var (driveLow, driveHigh) = FrameVectors.Load(drive, i);
                FrameVectors.Store(output, i, Curve(low, driveLow, compensate), Curve(high, driveHigh, compensate));
            }

            var last = FrameVectors.LastChange(drive, i, s.Drive);
            if (last >= 0)
            {
                s.Drive = drive[last];
                s.D = SaturateNode.Effective(drive[last], compensate);
                s.Makeup = SaturateNode.Makeup(s.D, compensate);
            }
        }

        for (; i < output.Length; i++)
        {
            SaturateTick.Tick(ref s, input[i], drive[i], out output[i]);
        }
    }

    /// <summary>tanh(D·in)·makeup with <see cref="SaturateNode.Effective"/> and <see cref="SaturateNode.Makeup"/> of each element's drive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Curve(Vector512<double> x, Vector512<double> drive, bool compensate)
    {
        var d = Vector512.Abs(drive);
        if (!compensate)
        {
            // The make-up gain is 1: multiplying by it changes no bits, so it is left out.
            return FastMath.Tanh(d * x);
        }

        // Math.Max(|drive|, smallest): |drive| is never −0, so only NaN needs care, and it passes through as there.
        var smallest = Vector512.Create(SaturateNode.SmallestCompensatedDrive);
        d = Vector512.ConditionalSelect(Vector512.LessThan(d, smallest), smallest, d);
        return FastMath.Tanh(d * x) * (Vector512.Create(1.0) / FastMath.Tanh(d));
    }
}
