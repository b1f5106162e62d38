using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="ScaleNode"/>: with constant ranges the slope is settled once and the map runs on double vectors in the tick form's order.</summary>
public static class ScaleSpan
{
    private const int In = 0, InMin = 1, InMax = 2, OutMin = 3, OutMax = 4;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref ScaleTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var inMin = block.In(InMin);
        var inMax = block.In(InMax);
        var outMin = block.In(OutMin);
        var outMax = block.In(OutMax);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated && output.Length >= FrameVectors.Width &&
            block.IsConstant(InMin) && block.IsConstant(InMax) && block.IsConstant(OutMin) && block.IsConstant(OutMax))
        {
            // The first frame settles the slope; the rest use it as the tick form would.
            ScaleTick.Tick(ref s, input[0], inMin[0], inMax[0], outMin[0], outMax[0], out output[0]);
            var (from, to, slope) = (Vector512.Create((double)inMin[0]), Vector512.Create((double)outMin[0]), Vector512.Create(s.Slope));
            for (i = 1; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(output, i, to + ((low - from) * slope), to + ((high - from) * slope));
            }
        }

        for (; i < output.Length; i++)
        {
            ScaleTick.Tick(ref s, input[i], inMin[i], inMax[i], outMin[i], outMax[i], out output[i]);
        }
    }
}
