using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The span form of <see cref="PowNode"/>: with a constant exponent the tick form classifies it once, and the powers
/// run on double vectors, a whole exponent through <see cref="FastMath.PowInt(double, int)"/>'s multiplications in its order and any
/// other through <see cref="FastMath.Pow(Vector512{double}, Vector512{double})"/>, bit for bit the scalar one.
/// </summary>
public static class PowSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref PowTick.State s, in NodeBlock block)
    {
        var a = block.In(BinaryOperation.A);
        var b = block.In(BinaryOperation.B);
        var output = block.Out(0);
        var i = 0;

        // A NaN exponent would be classified again every frame; any other constant compares equal to the first frame's.
        if (Vector512.IsHardwareAccelerated && block.IsConstant(BinaryOperation.B) && !float.IsNaN(b[0]) && output.Length >= FrameVectors.Width)
        {
            PowTick.Tick(ref s, a[0], b[0], out output[0]);
            var (whole, n, y) = (s.Whole != 0, s.N, Vector512.Create((double)s.B));
            for (i = 1; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(a, i);
                FrameVectors.Store(
                    output,
                    i,
                    BinaryOperation.Representable(whole ? FastMath.PowInt(low, n) : FastMath.Pow(low, y)),
                    BinaryOperation.Representable(whole ? FastMath.PowInt(high, n) : FastMath.Pow(high, y)));
            }
        }

        for (; i < output.Length; i++)
        {
            PowTick.Tick(ref s, a[i], b[i], out output[i]);
        }
    }
}
