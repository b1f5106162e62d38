using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The span form of <see cref="XfadeNode"/>: the weighted sums run on double vectors in the tick form's order, rounded
/// to float once as there, with gains settled once by the tick form for a constant mix, or else for every frame through
/// <see cref="FastMath.SinCosCycles(Vector512{double}, out Vector512{double}, out Vector512{double})"/>, bit for bit the
/// scalar gains, with the cache left as the tick form leaves it.
/// </summary>
public static class XfadeSpan
{
    private const int A = 0, B = 1, Mix = 2;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref XfadeTick.State s, in NodeBlock block)
    {
        var a = block.In(A);
        var b = block.In(B);
        var mix = block.In(Mix);
        var output = block.Out(0);
        var i = 0;

        // A NaN mix would recompute its gains every frame; any other constant compares equal to the first frame's.
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Mix) && !float.IsNaN(mix[0]) && output.Length >= FrameVectors.Width)
        {
            XfadeTick.Tick(ref s, a[0], b[0], mix[0], out output[0]);
            var (gainA, gainB) = (Vector512.Create(s.A), Vector512.Create(s.B));
            for (i = 1; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (aLow, aHigh) = FrameVectors.Load(a, i);
                var (bLow, bHigh) = FrameVectors.Load(b, i);
                FrameVectors.Store(output, i, (aLow * gainA) + (bLow * gainB), (aHigh * gainA) + (bHigh * gainB));
            }
        }
        else if (Vector512.IsHardwareAccelerated)
        {
            // Gains for every frame give what the cache gives: a frame that keeps the cache differs from it at most in
            // the sign of a zero, which has the same gains.
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (aLow, aHigh) = FrameVectors.Load(a, i);
                var (bLow, bHigh) = FrameVectors.Load(b, i);
                var (mixLow, mixHigh) = FrameVectors.Load(mix, i);
                FrameVectors.Store(output, i, Weigh(aLow, bLow, mixLow), Weigh(aHigh, bHigh, mixHigh));
            }

            var last = FrameVectors.LastChange(mix, i, s.Mix);
            if (last >= 0)
            {
                s.Mix = mix[last];
                XfadeNode.Gains(mix[last], out s.A, out s.B);
            }
        }

        for (; i < output.Length; i++)
        {
            XfadeTick.Tick(ref s, a[i], b[i], mix[i], out output[i]);
        }
    }

    /// <summary>a·gain(a) + b·gain(b) for <see cref="XfadeNode.Gains"/> of each element's mix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Weigh(Vector512<double> a, Vector512<double> b, Vector512<double> mix)
    {
        // Math.Clamp(mix, 0, 1): NaN and −0 pass through.
        var one = Vector512.Create(1.0);
        var clamped = Vector512.ConditionalSelect(Vector512.GreaterThan(mix, one), one, mix);
        clamped = Vector512.ConditionalSelect(Vector512.LessThan(mix, Vector512<double>.Zero), Vector512<double>.Zero, clamped);
        FastMath.SinCosCycles(clamped * Vector512.Create(0.25), out var gainB, out var gainA);
        return (a * gainA) + (b * gainB);
    }
}
