using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="AbsNode"/>: the tick form's Math.Abs on the frames widened to double, as double vectors (both clear the sign bit and nothing else), so each frame is the tick form's bits.</summary>
public static class AbsSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref AbsTick.State s, in NodeBlock block)
    {
        var input = block.In(0);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                // Widened as the tick form widens: the conversion quiets a signalling NaN there too.
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(output, i, Vector512.Abs(low), Vector512.Abs(high));
            }
        }

        for (; i < output.Length; i++)
        {
            AbsTick.Tick(ref s, input[i], out output[i]);
        }
    }
}
