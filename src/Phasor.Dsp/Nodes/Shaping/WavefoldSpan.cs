using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The span form of <see cref="WavefoldNode"/>: the tick form's double steps on double vectors, the sine curve through
/// <see cref="FastMath.SinCycles(Vector512{double})"/> (bit for bit the scalar one) and the triangle through the same
/// floor, subtractions and absolute value in the same order, so each frame is the tick form's bits.
/// </summary>
public static class WavefoldSpan
{
    private const int In = 0, Fold = 1;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref WavefoldTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var fold = block.In(Fold);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var sine = s.Shape == WavefoldNode.SineShape;
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (inLow, inHigh) = FrameVectors.Load(input, i);
                var (foldLow, foldHigh) = FrameVectors.Load(fold, i);

                // fold · in in double: the product of two floats is exact, as in the tick form.
                var (uLow, uHigh) = (foldLow * inLow, foldHigh * inHigh);
                if (sine)
                {
                    var quarter = Vector512.Create(0.25);
                    FrameVectors.Store(output, i, FastMath.SinCycles(uLow * quarter), FastMath.SinCycles(uHigh * quarter));
                }
                else
                {
                    FrameVectors.Store(output, i, Triangle(uLow), Triangle(uHigh));
                }
            }
        }

        for (; i < output.Length; i++)
        {
            WavefoldTick.Tick(ref s, input[i], fold[i], out output[i]);
        }
    }

    /// <summary><see cref="WavefoldNode.Triangle"/> on every element, step for step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Triangle(Vector512<double> u)
    {
        var v = u + Vector512.Create(1.0);
        v -= Vector512.Create(4.0) * Vector512.Floor(v * Vector512.Create(0.25));
        return Vector512.Create(1.0) - Vector512.Abs(v - Vector512.Create(2.0));
    }
}
