using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="SubNode"/>: a double difference of floats rounded to float is the float difference (double has the bits to spare), so float vectors give the tick form's bits.</summary>
public static class SubSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref SubTick.State s, in NodeBlock block)
    {
        var a = block.In(BinaryOperation.A);
        var b = block.In(BinaryOperation.B);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                FrameVectors.Store(output, i, FrameVectors.LoadSingle(a, i) - FrameVectors.LoadSingle(b, i));
            }
        }

        for (; i < output.Length; i++)
        {
            SubTick.Tick(ref s, a[i], b[i], out output[i]);
        }
    }
}
