using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="ClampNode"/>: <see cref="ClampNode.Clamp"/>'s float Max then Min on float vectors, whose Min and Max are IEEE minimum and maximum as MathF's are, so each frame is the tick form's bits (crossed bounds included).</summary>
public static class ClampSpan
{
    private const int In = 0, Min = 1, Max = 2;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref ClampTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var min = block.In(Min);
        var max = block.In(Max);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var x = FrameVectors.LoadSingle(input, i);
                FrameVectors.Store(output, i, Vector512.Min(Vector512.Max(x, FrameVectors.LoadSingle(min, i)), FrameVectors.LoadSingle(max, i)));
            }
        }

        for (; i < output.Length; i++)
        {
            ClampTick.Tick(ref s, input[i], min[i], max[i], out output[i]);
        }
    }
}
