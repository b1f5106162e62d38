using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="MulNode"/>: a product of floats is the double product rounded once, so float vectors give the tick form's bits.</summary>
public static class MulSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MulTick.State s, in NodeBlock block)
    {
        var a = block.In(BinaryOperation.A);
        var b = block.In(BinaryOperation.B);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                FrameVectors.Store(output, i, FrameVectors.LoadSingle(a, i) * FrameVectors.LoadSingle(b, i));
            }
        }

        for (; i < output.Length; i++)
        {
            MulTick.Tick(ref s, a[i], b[i], out output[i]);
        }
    }
}
