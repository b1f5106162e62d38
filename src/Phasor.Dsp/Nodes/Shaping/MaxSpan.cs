using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="MaxNode"/>: the tick form's Math.Max on the frames widened to double, as double vectors (Vector512.Max is IEEE maximum like Math.Max: NaN propagates, +0 above −0), picking one value, which rounds back to itself.</summary>
public static class MaxSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MaxTick.State s, in NodeBlock block)
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
                FrameVectors.Store(output, i, Vector512.Max(aLow, bLow), Vector512.Max(aHigh, bHigh));
            }
        }

        for (; i < output.Length; i++)
        {
            MaxTick.Tick(ref s, a[i], b[i], out output[i]);
        }
    }
}
