using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="XfadeNode"/>: with a constant mix the gains are settled once by the tick form and the weighted sums run on double vectors in the tick form's order, rounded to float once as there.</summary>
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

        for (; i < output.Length; i++)
        {
            XfadeTick.Tick(ref s, a[i], b[i], mix[i], out output[i]);
        }
    }
}
