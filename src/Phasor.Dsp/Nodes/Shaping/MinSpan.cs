using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="MinNode"/>: the tick form's Math.Min on the frames widened to double, as double vectors (Vector512.Min is IEEE minimum like Math.Min: NaN propagates, −0 below +0), picking one value, which rounds back to itself.</summary>
public static class MinSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MinTick.State s, in NodeBlock block)
    {
        var a = block.In(BinaryOperation.A);
        var b = block.In(BinaryOperation.B);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (aLow, aHigh) = FrameVectors.Load(a, i);
                var (bLow, bHigh) = FrameVectors.Load(b, i);
                FrameVectors.Store(output, i, Vector512.Min(aLow, bLow), Vector512.Min(aHigh, bHigh));
            }
        }

        for (; i < output.Length; i++)
        {
            MinTick.Tick(ref s, a[i], b[i], out output[i]);
        }
    }
}
