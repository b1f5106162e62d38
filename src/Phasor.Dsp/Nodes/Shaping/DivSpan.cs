using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="DivNode"/>: the tick form's double quotient and its float-range test on double vectors, element by element in the same steps, so each frame is the tick form's bits.</summary>
public static class DivSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref DivTick.State s, in NodeBlock block)
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
                FrameVectors.Store(output, i, Representable(aLow / bLow), Representable(aHigh / bHigh));
            }
        }

        for (; i < output.Length; i++)
        {
            DivTick.Tick(ref s, a[i], b[i], out output[i]);
        }
    }

    /// <summary><see cref="BinaryOperation.Representable"/> on every element: NaN fails the test and becomes 0, as there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Representable(Vector512<double> x) =>
        Vector512.ConditionalSelect(Vector512.LessThanOrEqual(Vector512.Abs(x), Vector512.Create((double)float.MaxValue)), x, Vector512<double>.Zero);
}
