using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="ClipNode"/>: <see cref="ClipNode.Clip"/>'s float Abs, Max and Min on float vectors, whose Min and Max are IEEE minimum and maximum as MathF's are, so each frame is the tick form's bits.</summary>
public static class ClipSpan
{
    private const int In = 0, Limit = 1;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref ClipTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var limit = block.In(Limit);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var l = Vector512.Abs(FrameVectors.LoadSingle(limit, i));
                FrameVectors.Store(output, i, Vector512.Min(Vector512.Max(FrameVectors.LoadSingle(input, i), -l), l));
            }
        }

        for (; i < output.Length; i++)
        {
            ClipTick.Tick(ref s, input[i], limit[i], out output[i]);
        }
    }
}
