using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="PanNode"/>: with a constant position the gains are settled once by the tick form and each channel is one double product per frame on double vectors, rounded to float once as there.</summary>
public static class PanSpan
{
    private const int In = 0, Pos = 1;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref PanTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var pos = block.In(Pos);
        var left = block.Out(0);
        var right = block.Out(1);
        var i = 0;

        // A NaN position would recompute its gains every frame; any other constant compares equal to the first frame's.
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Pos) && !float.IsNaN(pos[0]) && left.Length >= FrameVectors.Width)
        {
            PanTick.Tick(ref s, input[0], pos[0], out left[0], out right[0]);
            var (gainL, gainR) = (Vector512.Create(s.Left), Vector512.Create(s.Right));
            for (i = 1; i + FrameVectors.Width <= left.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(left, i, low * gainL, high * gainL);
                FrameVectors.Store(right, i, low * gainR, high * gainR);
            }
        }

        for (; i < left.Length; i++)
        {
            PanTick.Tick(ref s, input[i], pos[i], out left[i], out right[i]);
        }
    }
}
