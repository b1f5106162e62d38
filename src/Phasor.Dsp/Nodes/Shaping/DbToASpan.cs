using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="DbToANode"/>: a held level is converted once; a moving one on double vectors through <see cref="FastMath.Exp2(Vector512{double})"/>, bit for bit the scalar one, with the cache left as the tick form leaves it.</summary>
public static class DbToASpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref DbToATick.State s, in NodeBlock block)
    {
        var input = block.In(0);
        var output = block.Out(0);
        var i = 0;
        if (output.Length > 0 && block.IsConstant(0) && !float.IsNaN(input[0]))
        {
            // Every frame compares equal to the first, so the tick form converts once and repeats the result.
            DbToATick.Tick(ref s, input[0], out output[0]);
            output[1..].Fill(s.Out);
            return;
        }

        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                // Converting every frame gives what the cache gives: a frame that keeps the cache differs from it at
                // most in the sign of a zero, which the conversion maps to the same value.
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(output, i, Amplitude(low), Amplitude(high));
            }

            var last = FrameVectors.LastChange(input, i, s.In);
            if (last >= 0)
            {
                s.In = input[last];
                s.Out = output[last];
            }
        }

        for (; i < output.Length; i++)
        {
            DbToATick.Tick(ref s, input[i], out output[i]);
        }
    }

    /// <summary>The tick form's formula on every element: the same product, then Exp2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Amplitude(Vector512<double> db) => FastMath.Exp2(db * Vector512.Create(DbToANode.Log2TenOverTwenty));
}
